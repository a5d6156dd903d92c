package cn.jianyi.shared.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.jianyi.shared.ClientInfo;

/**
 * The client a request came from: its address and the browser's long-lived random id (cookie {@value #COOKIE}, given
 * by the identity module's interceptor on the first request).
 */
public final class ClientRequests {

    public static final String COOKIE = "JIANYI_DEVICE";
    static final String ATTRIBUTE = ClientInfo.class.getName();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ClientRequests() {
    }

    public static ClientInfo of(HttpServletRequest request) {
        Object client = request.getAttribute(ATTRIBUTE);
        return client instanceof ClientInfo info ? info : new ClientInfo(request.getRemoteAddr(), deviceIdOf(request));
    }

    /** The client of the request this thread serves, {@code null} outside a request (a job, the command line). */
    public static ClientInfo current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }

    /** Remembers the request's client for the controllers (the interceptor calls this). */
    public static void remember(HttpServletRequest request, ClientInfo client) {
        request.setAttribute(ATTRIBUTE, client);
    }

    /** The browser's id from its cookie, {@code null} when it has none (or a malformed one). */
    public static String deviceIdOf(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && UUID_TEXT.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
