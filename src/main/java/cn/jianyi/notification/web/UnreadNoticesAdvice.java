package cn.jianyi.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.context.LazyContextVariable;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.notification.Notifications;

/**
 * The unread count beside 通知 in the top bar ({@code unreadNotices}), on every page, error pages included (a
 * request attribute set before the handler, ADR 0049). Lazy: the count query runs only when a page that shows the top
 * bar is rendered, once, not for redirects, downloads or fragments.
 */
@Configuration
class UnreadNoticesAdvice implements WebMvcConfigurer, HandlerInterceptor {

    private final Notifications notifications;

    UnreadNoticesAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser me) {
            request.setAttribute("unreadNotices", new LazyContextVariable<Long>() {
                @Override
                protected Long loadValue() {
                    return notifications.unreadCount(me.id());
                }
            });
        }
        return true;
    }
}
