package cn.jianyi.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import cn.jianyi.shared.LogContext;

/**
 * Gives every HTTP request an id (ADR 0068): the load balancer's {@code X-Request-Id} if it is well formed, a new one
 * otherwise. The id goes into the logging MDC for the request's time (every log line of the request carries it, in
 * the plain and the JSON formats), back in the response's {@code X-Request-Id} header, and on the error page as the
 * 错误编号 a clerk quotes to the operator. Runs first, before Spring Security, and again on the error dispatch with the
 * same id, so that the error page and its log lines carry it too.
 */
final class RequestIdFilter implements Filter {

    /** The header a load balancer or proxy sets and the response returns. */
    static final String HEADER = "X-Request-Id";
    /** The request attribute that keeps the id for the error dispatch. */
    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known
                : LogContext.requestIdFrom(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(LogContext.REQUEST_ID);
        MDC.put(LogContext.REQUEST_ID, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null || request.getDispatcherType() == DispatcherType.REQUEST) {
                MDC.remove(LogContext.REQUEST_ID);
            } else {
                MDC.put(LogContext.REQUEST_ID, outer);
            }
        }
    }

    /** The request's id, as the filter gave it (null outside a request the filter saw). */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }
}
