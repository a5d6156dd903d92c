package cn.jianyi.submission.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.submission.SubmissionPages;
import cn.jianyi.submission.web.SubmissionForms.DraftForm;
import cn.jianyi.submission.web.SubmissionForms.InviteForm;
import cn.jianyi.submission.web.SubmissionForms.SubmitForm;
import cn.jianyi.submission.web.SubmissionForms.WithdrawalForm;
import cn.jianyi.suggestion.SubjectArea;

/** The deputy's side of online submission: draft, invite co-signers, co-sign, submit, withdraw; and the page itself. */
@Controller
class SubmissionController {

    private static final String FORM = "submission/form";
    private static final String PAGE = "submission/page";

    private final SubmissionManagement submissions;
    private final SubmissionPages pages;
    private final MessageSource messages;
    private final cn.jianyi.identity.Directory directory;

    SubmissionController(SubmissionManagement submissions, SubmissionPages pages, MessageSource messages,
                         cn.jianyi.identity.Directory directory) {
        this.submissions = submissions;
        this.directory = directory;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/submissions/new")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String newDraft(Model model) {
        model.addAttribute("form", new DraftForm(null, null, null, null));
        return showForm(null, model);
    }

    @PostMapping("/submissions")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String createDraft(@Valid @ModelAttribute("form") DraftForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/submissions/new");
        }
        Optional<Long> id = Forms.submit(result, () -> submissions.draft(me.deputyId(), form.toText(), me.toActor()));
        if (id.isEmpty()) {
            return Forms.refused(result, redirect, "/submissions/new");
        }
        return done(redirect, "submission.saved", id.get());
    }

    @GetMapping("/submissions/{id}/edit")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Submission submission = editable(id, me);
        model.addAttribute("form", DraftForm.of(submission));
        return showForm(id, model);
    }

    @PostMapping("/submissions/{id}/edit")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String revise(@PathVariable long id, @Valid @ModelAttribute("form") DraftForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        editable(id, me);
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> submissions.revise(id, me.deputyId(), form.toText(), me.toActor()))) {
            return Forms.refused(result, redirect);
        }
        return done(redirect, "submission.saved", id);
    }

    @PostMapping("/submissions/{id}/discard")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String discard(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        submissions.discard(id, me.deputyId());
        Flash.show(redirect, "submission.discarded");
        return "redirect:/";
    }

    @GetMapping("/submissions/{id}")
    @PreAuthorize("hasAuthority('suggestion:read')")
    String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        return showPage(id, me, model);
    }

    @PostMapping("/submissions/{id}/invite")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String invite(@PathVariable long id, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        submissions.visible(id, me.dataScope());
        if (!result.hasErrors() && submitted(result, redirect, () -> submissions.invite(id, me.deputyId(),
                form.coSignerIds(), form.cutoff(), me.toActor()))) {
            return done(redirect, "submission.invited", id);
        }
        return Forms.refused(result, redirect, "/submissions/" + id);
    }

    @PostMapping("/submissions/{id}/recall")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String recall(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        submissions.recall(id, me.deputyId(), me.toActor());
        return done(redirect, "submission.recalled", id);
    }

    @PostMapping("/submissions/{id}/accept")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        submissions.answerInvitation(id, me.deputyId(), true, me.toActor());
        return done(redirect, "submission.accepted", id);
    }

    @PostMapping("/submissions/{id}/decline-invitation")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String declineInvitation(@PathVariable long id, @AuthenticationPrincipal CurrentUser me,
                             RedirectAttributes redirect) {
        submissions.answerInvitation(id, me.deputyId(), false, me.toActor());
        return done(redirect, "submission.invitationDeclined", id);
    }

    @PostMapping("/submissions/{id}/submit")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String submit(@PathVariable long id, @ModelAttribute("submitForm") SubmitForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        submissions.visible(id, me.dataScope());
        if (submitted(result, redirect, () -> submissions.submit(id, me.deputyId(), form.oneMatter(), me.toActor()))) {
            return done(redirect, "submission.submitted", id);
        }
        return Forms.refused(result, redirect, "/submissions/" + id);
    }

    @PostMapping("/submissions/{id}/withdrawal")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String requestWithdrawal(@PathVariable long id, @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
                             BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                             RedirectAttributes redirect) {
        submissions.visible(id, me.dataScope());
        if (!result.hasErrors() && submitted(result, redirect, () -> submissions.requestWithdrawal(id, me.deputyId(),
                form.reason(), me.toActor()))) {
            return done(redirect, "submission.withdrawalRequested", id);
        }
        return Forms.refused(result, redirect, "/submissions/" + id);
    }

    @PostMapping("/submissions/{id}/withdrawal/consent")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String consent(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        submissions.consentToWithdrawal(id, me.deputyId(), me.toActor());
        return done(redirect, "submission.withdrawalConsented", id);
    }

    @PostMapping("/submissions/{id}/withdrawal/cancel")
    @PreAuthorize("hasAuthority('suggestion:submit')")
    String cancelWithdrawal(@PathVariable long id, @AuthenticationPrincipal CurrentUser me,
                            RedirectAttributes redirect) {
        submissions.cancelWithdrawal(id, me.deputyId(), me.toActor());
        return done(redirect, "submission.withdrawalCancelled", id);
    }

    /**
     * Runs the act and tells whether it was done. A refusal of a field goes beside it, and a database fault above the
     * form; a refusal of the whole act (e.g. co-signers still to answer) above the page, as the form that was sent may
     * not be shown in the submission's present stage.
     */
    private boolean submitted(BindingResult result, RedirectAttributes redirect, Runnable act) {
        try {
            return Forms.acceptedOnFields(result, act);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", messages.getMessage(violation.reasonKey(), violation.args(),
                    LocaleContextHolder.getLocale()));
            return false;
        }
    }

    private Submission editable(long id, CurrentUser me) {
        Submission submission = submissions.visible(id, me.dataScope());
        if (submission.leadDeputyId() != me.deputyId()) {
            throw new RuleViolation("submission.leadOnly");
        }
        if (!submission.status().isEditable()) {
            throw new cn.jianyi.shared.IllegalTransitionException(submission.status(), "revise");
        }
        return submission;
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("submissionId", id);
        model.addAttribute("categories", SubjectArea.values());
        return FORM;
    }

    private String showPage(long id, CurrentUser me, Model model) {
        var page = pages.pageFor(id, me);
        model.addAttribute("page", page);
        model.addAttribute("coSignerChoices", page.actions().invite() ? submissions.coSignerChoices(me.deputyId())
                : List.of());
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm(null, submissions.defaultCutoffDay()));
        }
        if (!model.containsAttribute("submitForm")) {
            model.addAttribute("submitForm", new SubmitForm(false));
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new WithdrawalForm(null));
        }
        return PAGE;
    }

    private String done(RedirectAttributes redirect, String key, long id) {
        Flash.show(redirect, key);
        return "redirect:/submissions/" + id;
    }

}
