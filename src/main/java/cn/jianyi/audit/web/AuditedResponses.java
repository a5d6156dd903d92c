package cn.jianyi.audit.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.jianyi.audit.AuditEntry;
import cn.jianyi.audit.AuditKind;
import cn.jianyi.audit.AuditLog;
import cn.jianyi.audit.AuditOutcome;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.shared.web.ClientRequests;

/**
 * Records, by route, every answer a controller gave that the security audit log keeps (ADR 0038), in one place rather
 * than in each controller: each file sent with a {@code Content-Disposition}, to save or to show inline (a letter, an
 * attachment, a paper form's scan: {@code DOWNLOAD}; an Excel workbook or a ZIP: {@code EXPORT}), each 403 and each
 * 404 a logged-in person met (a record outside their scope answers 404 like a missing one). Runs after the exception
 * handlers, so the status is the one sent.
 */
@Configuration
class AuditedResponses implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog log;

    AuditedResponses(AuditLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the API records each of its calls itself (ApiCalled, ADR 0058)
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                "/api/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod)) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        int status = response.getStatus();
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        AuditEntry entry;
        if (status == 403) {
            entry = entry(AuditKind.ACCESS_DENIED, AuditOutcome.REFUSED, user, request, null);
        } else if (status == 404) {
            entry = entry(AuditKind.NOT_FOUND, AuditOutcome.REFUSED, user, request, null);
        } else if (status >= 200 && status < 300 && disposition != null) {
            String fileName = fileName(disposition);
            String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            AuditKind kind = lower.endsWith(".xlsx") || lower.endsWith(".zip") ? AuditKind.EXPORT : AuditKind.DOWNLOAD;
            entry = entry(kind, AuditOutcome.SUCCESS, user, request, fileName);
        } else {
            return;
        }
        log.record(entry);
    }

    private static AuditEntry entry(AuditKind kind, AuditOutcome outcome, CurrentUser user,
                                    HttpServletRequest request, String label) {
        ClientInfo client = ClientRequests.of(request);
        // an error dispatch (Spring Security's own 403, e.g. a missing CSRF token) names the route that failed
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String route = failed instanceof String uri ? uri : request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return AuditEntry.of(kind, outcome, user.getUsername(), user.displayName(), client)
                .on("ROUTE", route, label)
                .withDetail(request.getMethod());
    }

    private static String fileName(String disposition) {
        try {
            return ContentDisposition.parse(disposition).getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
