package cn.jianyi.directory.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressDirectory;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.CongressTerm;
import cn.jianyi.suggestion.Meeting;

/**
 * 人大、届次与会议: the administrator's pages. A congress lists its terms; a term its meetings; each page edits its
 * record and adds the next level down. Refused input is shown again beside its field, nothing saved.
 */
@Controller
@RequestMapping("/directory")
@PreAuthorize("hasAuthority('directory:manage')")
class CongressController {

    private final CongressDirectory directory;

    CongressController(CongressDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/congresses")
    String congresses(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("congressForm", CongressForm.emptyFor(me));
        return showCongresses(me, model);
    }

    @PostMapping("/congresses")
    String addCongress(@Valid @ModelAttribute("congressForm") CongressForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Optional<Congress> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(null, me.toActor()), me.congressScope()));
        if (saved.isEmpty()) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "directory.congress.added", saved.get().name());
        return "redirect:/directory/congresses/" + saved.get().id();
    }

    @GetMapping("/congresses/{id}")
    String congress(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Congress congress = directory.congress(id, me.congressScope());
        model.addAttribute("congressForm", CongressForm.of(congress));
        model.addAttribute("termForm", TermForm.empty());
        return showCongress(congress, me, model);
    }

    @PostMapping("/congresses/{id}")
    String changeCongress(@PathVariable long id, @Valid @ModelAttribute("congressForm") CongressForm form,
                          BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                          RedirectAttributes redirect) {
        directory.congress(id, me.congressScope());
        Optional<Congress> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(id, me.toActor()), me.congressScope()));
        if (saved.isEmpty()) {
            // another administrator saved it meanwhile: the congress as saved now, and what was typed (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> latestCongress(id),
                    () -> form.withVersion(directory.congress(id).version())), redirect);
        }
        Flash.show(redirect, "directory.congress.saved", saved.get().name());
        return "redirect:/directory/congresses/" + id;
    }

    @PostMapping("/congresses/{id}/terms")
    String addTerm(@PathVariable long id, @Valid @ModelAttribute("termForm") TermForm form, BindingResult result,
                   @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Congress congress = directory.congress(id, me.congressScope());
        Optional<CongressTerm> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(null, id, me.toActor())));
        if (saved.isEmpty()) {
            return Forms.refused(result, redirect, "/directory/congresses/" + congress.id());
        }
        Flash.show(redirect, "directory.term.added", saved.get().name());
        return "redirect:/directory/terms/" + saved.get().id();
    }

    @GetMapping("/terms/{id}")
    String term(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        CongressTerm term = directory.term(id, me.congressScope());
        model.addAttribute("termForm", TermForm.of(term));
        model.addAttribute("meetingForm", MeetingForm.empty());
        return showTerm(term, model);
    }

    @PostMapping("/terms/{id}")
    String changeTerm(@PathVariable long id, @Valid @ModelAttribute("termForm") TermForm form, BindingResult result,
                      @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        CongressTerm term = directory.term(id, me.congressScope());
        Optional<CongressTerm> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(id, term.congressId(), me.toActor())));
        if (saved.isEmpty()) {
            return Forms.refused(Forms.showLatest(result, () -> TermForm.latest(directory.term(id)),
                    () -> form.withVersion(directory.term(id).version())), redirect);
        }
        Flash.show(redirect, "directory.term.saved", saved.get().name());
        return "redirect:/directory/terms/" + id;
    }

    @PostMapping("/terms/{id}/meetings")
    String addMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
                      @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        CongressTerm term = directory.term(id, me.congressScope());
        Optional<Meeting> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(null, id, me.toActor())));
        if (saved.isEmpty()) {
            return Forms.refused(result, redirect, "/directory/terms/" + term.id());
        }
        Flash.show(redirect, "directory.meeting.added", saved.get().number());
        return "redirect:/directory/terms/" + id;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Meeting meeting = directory.meeting(id, me.congressScope());
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return showMeeting(meeting, model);
    }

    @PostMapping("/meetings/{id}")
    String changeMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
                         BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                         RedirectAttributes redirect) {
        Meeting meeting = directory.meeting(id, me.congressScope());
        Optional<Meeting> saved = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> directory.save(form.toCommand(id, meeting.termId(), me.toActor())));
        if (saved.isEmpty()) {
            return Forms.refused(Forms.showLatest(result, () -> MeetingForm.latest(directory.meeting(id)),
                    () -> form.withVersion(directory.meeting(id).version())), redirect);
        }
        Flash.show(redirect, "directory.meeting.saved", saved.get().number());
        return "redirect:/directory/terms/" + meeting.termId();
    }

    /** The congress as saved now, with the name of the congress above it. */
    private org.springframework.context.MessageSourceResolvable latestCongress(long id) {
        Congress congress = directory.congress(id);
        return CongressForm.latest(congress, congress.parentId() == null
                ? cn.jianyi.shared.web.LatestState.label("directory.congress.parent.none")
                : directory.congress(congress.parentId()).name());
    }

    private String showCongresses(CurrentUser me, Model model) {
        var congresses = directory.congresses(me.congressScope());
        model.addAttribute("congresses", congresses);
        model.addAttribute("parents", congresses.stream().map(CongressDirectory.CongressEntry::congress).toList());
        model.addAttribute("levels", CongressLevel.values());
        return "directory/congresses";
    }

    private String showCongress(Congress congress, CurrentUser me, Model model) {
        model.addAttribute("congress", congress);
        // the congresses of the administrator's scope, and the one above this congress as it is (ADR 0042)
        model.addAttribute("parents", directory.congresses().stream().map(CongressDirectory.CongressEntry::congress)
                .filter(c -> !c.id().equals(congress.id()))
                .filter(c -> me.congressScope().coversCongress(c.id()) || c.id().equals(congress.parentId())).toList());
        model.addAttribute("levels", CongressLevel.values());
        model.addAttribute("terms", directory.termsOf(congress.id()));
        return "directory/congress";
    }

    private String showTerm(CongressTerm term, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("congress", directory.congress(term.congressId()));
        model.addAttribute("meetings", directory.meetingsOf(term.id()));
        return "directory/term";
    }

    private String showMeeting(Meeting meeting, Model model) {
        CongressTerm term = directory.term(meeting.termId());
        model.addAttribute("meeting", meeting);
        model.addAttribute("term", term);
        model.addAttribute("congress", directory.congress(term.congressId()));
        return "directory/meeting";
    }
}
