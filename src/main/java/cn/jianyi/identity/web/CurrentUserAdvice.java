package cn.jianyi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.jianyi.identity.CurrentUser;

/**
 * Makes the logged-in person available to every page as {@code me}: a request attribute set before the handler
 * runs, so the pages an exception handler renders (404, 409, 500: ADR 0049) show the menu and the user's name too,
 * which a {@code @ModelAttribute} would not reach.
 */
@Configuration
class CurrentUserAdvice implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "me";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentUser me = current();
        if (me != null) {
            request.setAttribute(ATTRIBUTE, me);
        }
        return true;
    }

    static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
