package cn.jianyi.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.notification.Notifications;

/**
 * The unread count beside 通知 in the top bar ({@code unreadNotices}). Lazy: the count query runs only when a page
 * that shows the top bar is rendered, once, not for redirects, downloads or fragments.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

    private final Notifications notifications;

    UnreadNoticesAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotices")
    LazyContextVariable<Long> unreadNotices(@AuthenticationPrincipal CurrentUser me) {
        if (me == null) {
            return null;
        }
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return notifications.unreadCount(me.id());
            }
        };
    }
}
