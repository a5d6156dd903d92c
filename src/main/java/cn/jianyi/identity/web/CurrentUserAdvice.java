package cn.jianyi.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.jianyi.identity.CurrentUser;

/** Makes the logged-in person available to every page as {@code me}. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser me) {
        return me;
    }
}
