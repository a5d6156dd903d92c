package cn.jianyi.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jianyi.identity.CongressScopes;
import cn.jianyi.identity.CurrentUser;

/**
 * Resolves the logged-in person's congresses once per request (ADR 0042): a congress added below the account's since
 * the login is covered from the next request on. The refreshed person is this request's only; the session keeps the
 * one of the login (nothing here saves the security context).
 */
public final class CongressScopeFilter extends OncePerRequestFilter {

    private final CongressScopes scopes;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public CongressScopeFilter(CongressScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser me) {
            CurrentUser now = scopes.refreshed(me);
            if (now != me) {
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(now, authentication.getCredentials(),
                        authentication.getAuthorities());
                refreshed.setDetails(authentication.getDetails());
                var context = contexts.createEmptyContext();
                context.setAuthentication(refreshed);
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
