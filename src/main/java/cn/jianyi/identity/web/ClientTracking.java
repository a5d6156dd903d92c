package cn.jianyi.identity.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.jianyi.identity.ClientSightings;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.web.ClientRequests;

/**
 * Gives every browser a long-lived random id (cookie {@code JIANYI_DEVICE}), makes the request's {@link ClientInfo}
 * available to controllers ({@link ClientRequests#of}), and remembers where unit accounts work from ({@link ClientSightings}).
 */
@Configuration
class ClientTracking implements WebMvcConfigurer, HandlerInterceptor {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final ClientSightings sightings;

    ClientTracking(ClientSightings sightings) {
        this.sightings = sightings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // not the API's calls: a platform calling with a token is no browser of the account (ADR 0058)
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String deviceId = ClientRequests.deviceIdOf(request);
        if (deviceId == null) {
            deviceId = UUID.randomUUID().toString();
            var cookie = new Cookie(ClientRequests.COOKIE, deviceId);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        var client = new ClientInfo(request.getRemoteAddr(), deviceId);
        ClientRequests.remember(request, client);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.unitId() != null) {
            // a safeguard's record (被满意 checks), not the user's work: a database fault must not refuse it
            DatabaseFaults.bestEffort("recording a unit's browser",
                    () -> sightings.record(user.getUsername(), user.unitId(), client));
        }
        return true;
    }
}
