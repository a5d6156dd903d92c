package cn.jianyi.shared.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Registers the {@link RequestIdFilter} ahead of every other filter (Spring Security included) for requests and their
 * error dispatches, and hands the request's id to the error page that Spring Boot's error controller renders (a
 * failure outside any controller), as {@link ErrorPages} does for the failures it handles (ADR 0068).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestIdConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);      // right after the character encoding filter
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Boot's error attributes plus {@code incident}: the request's id, which error/500 shows as 错误编号. */
    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
                if (webRequest.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof String id) {
                    attributes.put("incident", id);
                }
                return attributes;
            }
        };
    }
}
