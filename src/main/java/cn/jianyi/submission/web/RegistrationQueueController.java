package cn.jianyi.submission.web;

import java.util.Optional;

import jakarta.validation.Valid;

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
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.submission.NonAdmissibleReason;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.submission.SubmissionPages;
import cn.jianyi.submission.web.SubmissionForms.DeclineForm;
import cn.jianyi.submission.web.SubmissionForms.RegisterForm;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionQueries;

/** The congress office's registration queue (待受理): register a submission as a case, or decline it; the letters kept. */
@Controller
@PreAuthorize("hasAuthority('suggestion:register')")
class RegistrationQueueController {

    private static final String DECIDE = "submission/decide";

    private final SubmissionManagement submissions;
    private final SubmissionPages pages;
    private final SuggestionQueries queries;
    private final Meetings meetings;
    private final Directory directory;

    RegistrationQueueController(SubmissionManagement submissions, SubmissionPages pages, SuggestionQueries queries,
                                Meetings meetings, Directory directory) {
        this.submissions = submissions;
        this.pages = pages;
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/submissions/queue")
    String queue(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("items", submissions.queue(me.dataScope()));
        model.addAttribute("letters", false);
        return list(model);
    }

    @GetMapping("/letters")
    String letters(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("items", submissions.letters(me.dataScope()));
        model.addAttribute("letters", true);
        return list(model);
    }

    private String list(Model model) {
        model.addAttribute("deputyNames", directory.deputies().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> d.name())));
        return "submission/queue";
    }

    @GetMapping("/submissions/{id}/decide")
    String decide(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Submission submission = submissions.visible(id, me.dataScope());
        return showDecision(submission, me, model);
    }

    @PostMapping("/submissions/{id}/register")
    String register(@PathVariable long id, @Valid @ModelAttribute("registerForm") RegisterForm form,
                    BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                    RedirectAttributes redirect) {
        Submission submission = submissions.visible(id, me.dataScope());
        Optional<Long> suggestionId = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> submissions.register(id, form.toCommand(), me.toActor()));
        if (suggestionId.isPresent()) {
            int number = queries.details(suggestionId.get(), me.dataScope()).suggestion().number();
            Flash.show(redirect, "register.done", number);
            return "redirect:/suggestions/" + suggestionId.get();
        }
        return Forms.refused(result, redirect, "/submissions/" + id + "/decide");
    }

    @PostMapping("/submissions/{id}/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") DeclineForm form,
                   BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                   RedirectAttributes redirect) {
        Submission submission = submissions.visible(id, me.dataScope());
        if (!result.hasErrors() && Forms.accepted(result, () -> submissions.decline(id, form.reason(),
                form.explanation(), form.keepAsLetter(), me.toActor()))) {
            Flash.show(redirect, form.keepAsLetter() ? "submission.keptAsLetter" : "submission.declined");
            return "redirect:/submissions/queue";
        }
        return Forms.refused(result, redirect, "/submissions/" + id + "/decide");
    }

    private String showDecision(Submission submission, CurrentUser me, Model model) {
        if (submission.status() != Submission.Status.SUBMITTED) {
            throw new cn.jianyi.shared.IllegalTransitionException(submission.status(), "decide");
        }
        model.addAttribute("page", pages.pageFor(submission.id(), me));
        model.addAttribute("meetings", meetings.within(me.congressScope()));
        model.addAttribute("categories", SubjectArea.values());
        model.addAttribute("reasons", NonAdmissibleReason.values());
        if (!model.containsAttribute("registerForm")) {
            model.addAttribute("registerForm", new RegisterForm(submission.meetingId(),
                    queries.nextNumber(submission.meetingId()), submission.category()));
        }
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(null, null, false));
        }
        return DECIDE;
    }
}
