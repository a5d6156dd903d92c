package cn.jianyi.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jianyi.identity.CurrentUser;

/**
 * 强制修改口令: while the logged-in person must set a new password ({@link CurrentUser#passwordChangeRequired()}),
 * every request but the 修改口令 page, logging out and the static files leads to {@value #PAGE}: a page is redirected
 * there, any other request (a form post, an htmx request, a download) is answered 403 and changes nothing.
 */
public final class PasswordChangeFilter extends OncePerRequestFilter {

    public static final String PAGE = "/account/password";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/webjars/",
            "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser me
                && me.passwordChangeRequired() && !isOpen(request)) {
            if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
                response.sendRedirect(request.getContextPath() + PAGE);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }
}
