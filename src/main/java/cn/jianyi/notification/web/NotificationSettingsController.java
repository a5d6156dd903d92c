package cn.jianyi.notification.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.ContactDetails;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.notification.Notifications;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;

/**
 * 通知设置: every person keeps their own e-mail address, mobile number, channels and quiet hours. Refused input is
 * shown again as typed, each problem beside its field, and nothing is saved.
 */
@Controller
@RequestMapping("/settings/notifications")
class NotificationSettingsController {

    private static final String VIEW = "notification/settings";

    private final IdentityManagement identity;
    private final Directory directory;
    private final Notifications notifications;

    NotificationSettingsController(IdentityManagement identity, Directory directory, Notifications notifications) {
        this.identity = identity;
        this.directory = directory;
        this.notifications = notifications;
    }

    @GetMapping
    String initForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        ContactDetails current = directory.accounts(List.of(me.id())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("user", me.id())).contact();
        model.addAttribute("form", ContactSettingsForm.of(current));
        return show(model);
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("form") ContactSettingsForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        form.unreadableTimes().forEach(field -> result.rejectValue(field, ContactSettingsForm.UNREADABLE_TIME));
        ContactDetails details = form.toDetails();
        for (ContactDetails.Problem problem : details.problems()) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.reasonKey());
            }
        }
        if (result.hasErrors() || !Forms.accepted(result, () -> identity.changeContactDetails(me.id(), details))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "notification.settings.saved");
        return "redirect:/settings/notifications";
    }

    private String show(Model model) {
        model.addAttribute("channels", notifications.channelStatus());
        return VIEW;
    }
}
