package cn.jianyi.api.web;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jianyi.api.ApiCalled;
import cn.jianyi.api.ApiScope;
import cn.jianyi.api.ApiToken;
import cn.jianyi.api.ApiTokens;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.ClientRequests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates an API call by its {@code Authorization: Bearer jy_…} header (ADR 0058). An unknown, expired or
 * revoked token, or one whose account is disabled, answers 401 here, a spent rate limit 429 with Retry-After; a call
 * without the header goes on unauthenticated, and the chain's entry point answers 401 where a token is needed; on
 * the public endpoints it is limited per client address instead of per token, and not audited. An
 * accepted call runs as the token's account (its data scope, as loaded now) holding the token's scopes that the
 * account's roles still allow. Every call to {@code /api/v1} is published as {@link ApiCalled} once answered, for the
 * security audit log. Not a bean: only the API's filter chain runs it.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    /** The request attribute holding the call's {@link ApiToken}. */
    static final String TOKEN = "cn.jianyi.api.web.ApiTokenFilter.token";

    private final ApiTokens tokens;
    private final ApiRateLimits limits;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, ApiRateLimits limits, ApplicationEventPublisher events, JsonMapper json) {
        this.tokens = tokens;
        this.limits = limits;
        this.events = events;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean audited = request.getRequestURI().startsWith("/api/v1/")
                && !request.getRequestURI().equals(OpenApiConfiguration.DOCUMENT);
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null && request.getRequestURI().startsWith(PublicApiController.PATH + "/")) {
            // the public endpoints without a token: what /public shows, limited per client address, not audited
            // (as the portal's pages are not: a public read is no act of an account)
            OptionalLong wait = limits.acquireAnonymous(ClientRequests.of(request).address());
            if (wait.isPresent()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
                ApiProblem.write(request, response, json, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                        "请求过于频繁，请在 " + wait.getAsLong() + " 秒后重试");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (header == null) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (audited) {
                    publish(request, response.getStatus(), null, null, "token-missing");
                }
            }
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "token-missing", "访问令牌须以 Authorization: Bearer 令牌 的形式提供", null,
                    null);
            return;
        }
        ApiTokens.Authenticated outcome = tokens.authenticate(header.substring(7).strip());
        if (outcome instanceof ApiTokens.Authenticated.Refused refused) {
            String code = switch (refused.refusal()) {
                case UNKNOWN -> "token-invalid";
                case EXPIRED -> "token-expired";
                case REVOKED -> "token-revoked";
                case ACCOUNT_DISABLED -> "account-disabled";
            };
            String detail = switch (refused.refusal()) {
                case UNKNOWN -> "访问令牌无效";
                case EXPIRED -> "访问令牌已过期，请联系系统管理员重新签发";
                case REVOKED -> "访问令牌已被吊销";
                case ACCOUNT_DISABLED -> "访问令牌所属账号已停用";
            };
            refuse(request, response, HttpStatus.UNAUTHORIZED, code, detail, refused.token(), null);
            return;
        }
        var accepted = (ApiTokens.Authenticated.Accepted) outcome;
        ApiToken token = accepted.token();
        OptionalLong wait = limits.acquire(token);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "请求过于频繁，请在 " + wait.getAsLong() + " 秒后重试", token, accepted.account());
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(accepted.account(), granted(token, accepted.account())));
        contexts.setContext(context);
        request.setAttribute(TOKEN, token);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
            if (audited) {
                publish(request, response.getStatus(), token, accepted.account(), null);
            }
        }
    }

    /** The token's scopes that its account's roles still allow (a token never reaches further than its account). */
    private static List<GrantedAuthority> granted(ApiToken token, CurrentUser account) {
        return token.scopes().stream().filter(scope -> scope.allowedFor(account)).map(ApiScope::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                        String detail, ApiToken token, CurrentUser account) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jianyi\", error=\"invalid_token\"");
        }
        ApiProblem.write(request, response, json, status, code, detail);
        publish(request, status.value(), token, account, code);
    }

    private void publish(HttpServletRequest request, int status, ApiToken token, CurrentUser account,
                         String refusal) {
        String route = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        events.publishEvent(new ApiCalled(token == null ? null : token.id(), token == null ? null : token.hint(),
                account == null ? token == null ? null : token.username() : account.getUsername(),
                account == null ? null : account.displayName(), request.getMethod(), route, status,
                status < 400 ? null : refusal, ClientRequests.of(request)));
    }

    /** A call authenticated by a token: the account as principal, the granted scopes as authorities. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final CurrentUser account;

        TokenAuthentication(CurrentUser account, List<GrantedAuthority> scopes) {
            super(scopes);
            this.account = account;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return account;
        }

        @Override
        public String getName() {
            return account.getUsername();
        }
    }
}
