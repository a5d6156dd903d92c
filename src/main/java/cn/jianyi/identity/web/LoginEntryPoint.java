package cn.jianyi.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * Sends a visitor who is not logged in to the login page, saying so when their session has timed out (the browser
 * still presents a session that no longer exists).
 */
public class LoginEntryPoint implements AuthenticationEntryPoint {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        redirect.sendRedirect(request, response, expired ? "/login?expired" : "/login");
    }
}
