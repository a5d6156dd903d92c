package cn.jianyi.feedback.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jianyi.feedback.FlaggedFeedbacks;
import cn.jianyi.identity.CurrentUser;

/** 评价异常提示: the supervision office's list of feedback that may not have been given by the deputy. */
@Controller
class FeedbackFlagsController {

    private final FlaggedFeedbacks flagged;

    FeedbackFlagsController(FlaggedFeedbacks flagged) {
        this.flagged = flagged;
    }

    @GetMapping("/supervision/feedback-flags")
    @PreAuthorize("hasAuthority('feedback:flags:read')")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("flagged", flagged.list(me.dataScope()));
        return "feedback/flags";
    }
}
