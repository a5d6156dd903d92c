package cn.jianyi.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the user back to the login page with the reason: wrong credentials, locked, disabled, or the account could
 * not be read (the database failed: the user is told to try again later, not that the password was wrong).
 */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled"
                : exception instanceof InternalAuthenticationServiceException ? "unavailable" : "bad";
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
    }
}
