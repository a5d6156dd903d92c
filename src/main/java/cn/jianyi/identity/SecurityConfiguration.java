package cn.jianyi.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import cn.jianyi.identity.web.BodyOnlyCsrfTokens;
import cn.jianyi.identity.web.LoginEntryPoint;
import cn.jianyi.identity.web.PasswordChangeFilter;
import cn.jianyi.identity.web.LoginFailureHandler;

/**
 * Form login, CSRF on every form (Spring Security's default), method security for permission checks. Routes need a
 * login, except the public portal under {@code /public} (ADR 0059); what a person may do is checked on each
 * controller method and by the data scope in each query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * Scripts from this site only (no inline script or handler: app.js reads data-confirm and data-back); inline
     * style attributes are allowed (the form fragments size fields with them), nothing may frame the pages (ADR 0037).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** No page needs the camera, microphone, location, payment or USB. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionSettings sessions,
                                            SessionRegistry sessionRegistry,
                                            LogoutSuccessEventPublishingLogoutHandler logoutEvents,
                                            CongressScopes congressScopes) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // the public portal and its open data (ADR 0059): GET only, nothing else opens
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/public", "/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.addLogoutHandler(logoutEvents).logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID")
                        .permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginEntryPoint()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOnlyCsrfTokens()))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .addFilterBefore(new cn.jianyi.identity.web.CongressScopeFilter(congressScopes), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
                // one live session per account by default: a new login ends the oldest (SessionSettings)
                .sessionManagement(session -> session.maximumSessions(sessions.maxPerAccount())
                        .maxSessionsPreventsLogin(false).sessionRegistry(sessionRegistry).expiredUrl("/login?ended"));
        return http.build();
    }

    /** The password check behind the per-account and per-client throttle (ADR 0037). */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords,
                                                  LoginAttempts attempts) {
        var check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(passwords);
        // the password first, then whether the account may log in: a disabled account answers a wrong password as
        // an unknown login does, in the same time, and the login page words a disabled one the same (ADR 0043)
        check.setPreAuthenticationChecks(account -> { });
        check.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthentication(check, attempts);
    }

    /** Publishes {@code LogoutSuccessEvent} for the security audit log. */
    @Bean
    LogoutSuccessEventPublishingLogoutHandler logoutSuccessEventPublishingLogoutHandler() {
        return new LogoutSuccessEventPublishingLogoutHandler();
    }

    /**
     * The sessions of an account as the database has them (Spring Session, ADR 0064): the limit per account counts the
     * sessions of every instance, and the session a new login ends is marked expired in the database, so whichever
     * instance its next request reaches sends it to the login page.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
