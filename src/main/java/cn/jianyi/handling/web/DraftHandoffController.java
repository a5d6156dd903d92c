package cn.jianyi.handling.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.handling.DraftCommentCommand;
import cn.jianyi.handling.DraftHandoffs;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;

/**
 * 送签 (handler → head) and 退回修改 or a comment (head → handler) on the unit's own draft reply (ADR 0045). A
 * refused comment goes back to the letter page with what was typed and the reason beside it (post/redirect/get).
 */
@Controller
class DraftHandoffController {

    private final ReplyQueries replyQueries;
    private final DraftHandoffs handoffs;

    DraftHandoffController(ReplyQueries replyQueries, DraftHandoffs handoffs) {
        this.replyQueries = replyQueries;
        this.handoffs = handoffs;
    }

    @PostMapping("/replies/{replyId}/submit")
    @PreAuthorize("hasAuthority('handling:reply:draft')")
    String submit(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Reply reply = ownReply(replyId, me);
        handoffs.submitForSigning(reply.id(), me.unitId(), me.toActor());
        Flash.show(redirect, "draft.submit.done");
        return "redirect:/suggestions/" + reply.suggestionId();
    }

    /** 退回修改 ({@code return=true}) or a comment alone, from the letter page. */
    @PostMapping("/replies/{replyId}/comments")
    @PreAuthorize("hasAuthority('handling:reply:sign')")
    String comment(@PathVariable long replyId, @Valid @ModelAttribute("commentForm") CommentForm form,
                   BindingResult result, @RequestParam(name = "return", defaultValue = "false") boolean returning,
                   @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Reply reply = ownReply(replyId, me);
        if (!result.hasErrors() && Forms.acceptedOnFields(result, () -> handoffs.comment(new DraftCommentCommand(
                reply.id(), me.unitId(), form.comment(), returning, me.toActor())))) {
            Flash.show(redirect, returning ? "draft.return.done" : "draft.comment.done");
            return returning ? "redirect:/suggestions/" + reply.suggestionId() : "redirect:/replies/" + reply.id();
        }
        return Forms.refused(result, redirect, "/replies/" + reply.id() + "#comments");
    }

    /** The user's unit's own reply on a case the user may see; otherwise 404. */
    private Reply ownReply(long replyId, CurrentUser me) {
        Reply reply = replyQueries.visibleTo(replyId, me);
        if (!reply.unitId().equals(me.unitId())) {
            throw new NotFoundException("reply", replyId);
        }
        return reply;
    }
}
