package cn.jianyi.api.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import cn.jianyi.api.ApiScope;
import cn.jianyi.api.ApiTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain (ADR 0058), before the pages' form-login chain: {@code /api/**} and the Swagger UI's
 * files only, stateless (no session is read or created), no CSRF (no cookie authenticates a call), no form login and
 * no redirect to {@code /login}: a call without a usable token answers 401, one without the scope 403, each as an
 * RFC 9457 problem. The OpenAPI document, the browsable page and the public endpoints ({@code /api/v1/public/**},
 * where a token is optional) need no token. Prometheus's {@code /actuator/prometheus} is here too: a scraper holds a
 * token of scope metrics:read, not a session (ADR 0068). Everything else stays with the form-login chain, unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    /** Prometheus's scrape endpoint: a token of scope metrics:read, as a scraper has no session (ADR 0068). */
    static final String METRICS = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimits limits,
                                       ApplicationEventPublisher events, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**", "/swagger-ui/**", METRICS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OpenApiConfiguration.DOCUMENT, OpenApiConfiguration.DOCUMENT + "/**",
                                OpenApiConfiguration.PAGE, OpenApiConfiguration.PAGE + "/**", "/api/swagger-ui/**",
                                "/swagger-ui/**", PublicApiController.PATH + "/**")
                        .permitAll()
                        .requestMatchers(METRICS).hasAuthority(ApiScope.METRICS_READ.authority())
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, reason) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jianyi\"");
                            ApiProblem.write(request, response, json, HttpStatus.UNAUTHORIZED, "token-missing",
                                    "缺少访问令牌：请在 Authorization 头中提供 Bearer 令牌");
                        })
                        .accessDeniedHandler((request, response, denied) -> ApiProblem.write(request, response,
                                json, HttpStatus.FORBIDDEN, "scope-missing", "访问令牌无权进行此操作")))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                        + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new ApiTokenFilter(tokens, limits, events, json), AuthorizationFilter.class);
        return http.build();
    }
}
