package cn.jianyi.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the user back to the login page with the reason: wrong credentials, disabled, or the account could not be
 * read (the database failed: the user is told to try again later, not that the password was wrong). A locked account
 * or a throttled client gets the very answer of a wrong password or an unknown login, so that nobody can tell from it
 * which logins exist (ADR 0037).
 */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof DisabledException ? "disabled"
                : exception instanceof InternalAuthenticationServiceException ? "unavailable" : "bad";
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
    }
}
