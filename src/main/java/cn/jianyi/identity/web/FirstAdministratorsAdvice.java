package cn.jianyi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.context.LazyContextVariable;

import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;

/**
 * Whether the logged-in 系统管理员 may still create the first 安全管理员 or 审计管理员 ({@code firstAdministrators} on
 * every page, error pages included, for the link in the top bar); asked only for a 系统管理员 who does not keep the
 * accounts, and only when a page with the top bar is rendered (lazy).
 */
@Configuration
class FirstAdministratorsAdvice implements WebMvcConfigurer, HandlerInterceptor {

    private final AccountAdministration administration;

    FirstAdministratorsAdvice(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentUser me = CurrentUserAdvice.current();
        if (me != null && me.has(Role.ADMIN) && !me.can(Permission.ACCOUNTS_MANAGE) && !me.passwordChangeRequired()) {
            request.setAttribute("firstAdministrators", new LazyContextVariable<Boolean>() {
                @Override
                protected Boolean loadValue() {
                    return !administration.grantableRoles(me).isEmpty();
                }
            });
        }
        return true;
    }
}
