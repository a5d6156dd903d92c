package cn.jianyi.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.notification.Notifications;
import cn.jianyi.shared.web.Flash;

/**
 * 通知: every logged-in person's own notices, newest first. Each query and change names the person, so a notice of
 * someone else answers 404.
 */
@Controller
class NotificationController {

    private static final String VIEW = "notification/notifications";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("notices", notifications.noticesOf(me.id(), page));
        return VIEW;
    }

    /** Opens a notice: marks it read and goes where it links. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return "redirect:" + notifications.open(me.id(), id);
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                    @AuthenticationPrincipal CurrentUser me) {
        notifications.markRead(me.id(), id);
        return "redirect:/notifications" + (page > 0 ? "?page=" + page : "");
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(me.id());
        Flash.show(redirect, "notification.allRead", marked);
        return "redirect:/notifications";
    }
}
