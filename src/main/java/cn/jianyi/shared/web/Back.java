package cn.jianyi.shared.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a refusal page (409) leads back to besides 返回工作台: the object the refused request was about, so the person
 * sees what changed and acts again from there (ADR 0049). A request on a case ({@code /suggestions/{id}/…}) leads
 * to the case, one on a reply letter ({@code /replies/{id}/…}) to the letter; any other to the page the request was
 * sent from, when that is one of ours.
 *
 * @param path     the path to go back to (without the context path)
 * @param labelKey the link's message key
 */
public record Back(String path, String labelKey) {

    private static final Pattern CASE = Pattern.compile("^/suggestions/(\\d+)(?:/.*)?$");
    private static final Pattern REPLY = Pattern.compile("^/replies/(\\d+)(?:/.*)?$");

    /** The way back from a refused request, or null when there is none better than 返回工作台. */
    public static Back of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher onCase = CASE.matcher(path);
        if (onCase.matches()) {
            String to = "/suggestions/" + onCase.group(1);
            return to.equals(path) && "GET".equals(request.getMethod()) ? null : new Back(to, "error.backToCase");
        }
        Matcher onReply = REPLY.matcher(path);
        if (onReply.matches()) {
            String to = "/replies/" + onReply.group(1);
            return to.equals(path) && "GET".equals(request.getMethod()) ? null : new Back(to, "error.backToReply");
        }
        return fromReferer(request, path);
    }

    /** The page the request was sent from, if it is one of this application's and not the refused URL itself. */
    private static Back fromReferer(HttpServletRequest request, String path) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            if (from.getHost() != null && !from.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String fromPath = from.getRawPath();
            if (fromPath == null || !fromPath.startsWith(request.getContextPath() + "/")) {
                return null;
            }
            fromPath = fromPath.substring(request.getContextPath().length());
            if (fromPath.equals(path) || fromPath.equals("/")) {
                return null;
            }
            return new Back(fromPath + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()), "error.back");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
