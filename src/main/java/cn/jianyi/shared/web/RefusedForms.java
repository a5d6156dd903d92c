package cn.jianyi.shared.web;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The GET half of post/redirect/get for refused forms (ADR 0049). {@link Forms#refused} keeps a refused form, with
 * what was typed and its refusals, as a flash attribute and redirects to the form's page; when that page's handler
 * has filled its model (a blank or stored form under the same name), this puts the refused form and its
 * {@link BindingResult} back over it, so {@code fragments/form} shows each refusal beside its field and the typed
 * values in the controls. Controllers' GET handlers need no change: the form's page is whatever they already render.
 */
@Configuration
class RefusedForms implements WebMvcConfigurer, HandlerInterceptor {

    /** The flash attribute holding the refused form. */
    static final String ATTRIBUTE = "refusedForm";

    /** A refused form: its model name, the object bound from what was typed, and the refusals. */
    record Refusal(BindingResult result) implements Serializable {
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        if (mav == null || flash == null || !(flash.get(ATTRIBUTE) instanceof Refusal refusal)) {
            return;
        }
        if (mav.getViewName() != null && mav.getViewName().startsWith("redirect:")) {
            return;
        }
        mav.getModel().remove(ATTRIBUTE);
        mav.addObject(refusal.result().getObjectName(), refusal.result().getTarget());
        mav.addObject(BindingResult.MODEL_KEY_PREFIX + refusal.result().getObjectName(), refusal.result());
    }
}
