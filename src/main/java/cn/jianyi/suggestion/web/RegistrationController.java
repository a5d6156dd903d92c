package cn.jianyi.suggestion.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

@Controller
@RequestMapping("/suggestions/new")
@PreAuthorize("hasAuthority('suggestion:register')")
class RegistrationController {

    private static final String VIEW = "suggestion/register";

    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;
    private final Meetings meetings;
    private final Directory directory;
    private final Clock clock;

    RegistrationController(SuggestionManagement suggestions, SuggestionQueries queries, Meetings meetings,
                           Directory directory, Clock clock) {
        this.suggestions = suggestions;
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The meetings and deputies of the clerk's congresses (ADR 0042). */
    @ModelAttribute
    void choices(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("meetings", meetings.within(me.congressScope()));
        model.addAttribute("deputies", directory.deputies(me.congressScope()));
        model.addAttribute("categories", SubjectArea.values());
    }

    @GetMapping
    String initForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        Long meetingId = meetings.within(me.congressScope()).stream().findFirst().map(MeetingView::id).orElse(null);
        Integer next = meetingId == null ? null : queries.nextNumber(meetingId);
        model.addAttribute("form", RegistrationForm.blank(meetingId, next, LocalDate.now(clock)));
        return VIEW;
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {                 // with the rules the other fields break: one round (ADR 0049)
            Long meetingId = meetings.within(me.congressScope()).stream().map(MeetingView::id)
                    .filter(id -> id.equals(form.meetingId())).findFirst().orElse(null);
            Forms.rejectAll(result, suggestions.registrationProblems(meetingId, form.number(), form.leadDeputyId(),
                    form.coSignerIds()));
            return Forms.refused(result, redirect);
        }
        Optional<Long> id = Forms.submit(result, () -> suggestions.registerWithin(form.toCommand(me.toActor()), me.congressScope()));
        if (id.isEmpty()) {
            return Forms.refused(result, redirect);
        }
        int number = queries.details(id.get(), me.dataScope()).suggestion().number();
        Flash.show(redirect, "register.done", number);
        return "redirect:/suggestions/" + id.get();
    }
}
