package cn.jianyi.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The form login's password check, behind {@link LoginAttempts}: an attempt the throttle refuses is not checked at
 * all (reported as locked, which the login page words exactly as a wrong password).
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? String.valueOf(web.getRemoteAddress()) : "local";
        LoginAttempts.Admission admission = attempts.admit(username, client);
        if (!admission.admitted()) {
            throw new LockedException("too many failed logins");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(username, client, admission);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            attempts.succeeded(username, client);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
