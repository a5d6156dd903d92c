package cn.jianyi.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the user back to the login page with the reason: the account could not be read (the database failed: the
 * user is told to try again later, not that the password was wrong), or anything else. A wrong password, an unknown
 * login, a locked or a disabled account and a throttled client all get the one answer, so that nobody can tell from
 * it which logins exist (ADR 0037, 0043); it tells a real user to ask the security administrator, who sees on the
 * accounts page whether the account is disabled or locked, and the audit log records the reason.
 */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof InternalAuthenticationServiceException ? "unavailable" : "bad";
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
    }
}
