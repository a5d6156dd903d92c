package cn.jianyi.identity.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token from the header (htmx) or the form's field only, never from the query string: a token in a
 * URL ends up in logs, the history and Referer headers (ADR 0037). A request whose query string carries the token's
 * parameter is checked against the header alone. Otherwise Spring Security's default (masked tokens).
 */
public class BodyOnlyCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String parameter = csrfToken.getParameterName();
        if (!carriesInQuery(request.getQueryString(), parameter)) {
            return masked.resolveCsrfTokenValue(request, csrfToken);
        }
        return masked.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return parameter.equals(name) ? null : super.getParameter(name);
            }
        }, csrfToken);
    }

    private static boolean carriesInQuery(String query, String parameter) {
        return query != null && Arrays.stream(query.split("&"))
                .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                .anyMatch(parameter::equals);
    }
}
