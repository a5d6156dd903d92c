package cn.jianyi.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.Meetings;

/** 办理规则: everyone may read a congress's rules and their history; the administrator saves new versions. */
@Controller
class RuleSetController {

    private static final String VIEW = "rules/rules";

    private final RuleSets ruleSets;
    private final Meetings meetings;
    private final Clock clock;
    private final cn.jianyi.identity.Directory directory;

    RuleSetController(RuleSets ruleSets, Meetings meetings, Clock clock, cn.jianyi.identity.Directory directory) {
        this.directory = directory;
        this.ruleSets = ruleSets;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/rules")
    String rules(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String congressId,
                    Model model) {
        Congress congress = meetings.congressOrFirst(congressId, me.congressScope());
        if (congress == null) {
            model.addAttribute("congresses", List.of());
            return VIEW;
        }
        model.addAttribute("form", RuleSetForm.of(ruleSets.current(congress.id()), LocalDate.now(clock)));
        return show(congress, me, model);
    }

    @PostMapping("/rules/{congressId}")
    @PreAuthorize("hasAuthority('rules:manage')")
    String save(@PathVariable long congressId, @Valid @ModelAttribute("form") RuleSetForm form, BindingResult result,
                @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Congress congress = meetings.congressWithin(congressId, me.congressScope());
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/rules?congressId=" + congressId);
        }
        Optional<RuleSet> saved = Forms.submit(result, () -> ruleSets.save(form.toCommand(congressId, me.toActor())));
        if (saved.isEmpty()) {
            // another administrator saved a version meanwhile: who, when and which, and what was typed (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> latest(ruleSets.current(congressId)),
                    () -> form.withVersion(ruleSets.current(congressId).version())), redirect,
                    "/rules?congressId=" + congressId);
        }
        Flash.show(redirect, "rules.saved", saved.get().version());
        return "redirect:/rules?congressId=" + congressId;
    }

    /** The version in force now, who saved it and when, for a form refused because one was saved meanwhile. */
    private org.springframework.context.MessageSourceResolvable latest(RuleSet current) {
        RuleSet.Revision revision = current.revision();
        return LatestState.of("form.fault.latest.rules", directory.namesOf(List.of(revision.createdBy()))
                        .getOrDefault(revision.createdBy(), revision.createdBy()),
                LatestState.at(revision.createdAt(), clock.getZone()), current.version(), current.effectiveFrom(),
                revision.note());
    }

    private String show(Congress congress, cn.jianyi.identity.CurrentUser me, Model model) {
        model.addAttribute("congresses", meetings.congressesWithin(me.congressScope()));
        model.addAttribute("congress", congress);
        model.addAttribute("current", ruleSets.current(congress.id()));
        var history = ruleSets.history(congress.id());
        model.addAttribute("history", history);
        model.addAttribute("people", directory.namesOf(history.stream().map(v -> v.revision().createdBy()).toList()));
        model.addAttribute("schemes", ruleSets.schemes());
        model.addAttribute("units", WindowUnit.values());
        model.addAttribute("answerers", FeedbackAnswerers.values());
        model.addAttribute("suggestionTexts", cn.jianyi.rules.PublicDisclosure.SuggestionText.values());
        model.addAttribute("windows", List.of("reply", "complex", "returnWindow", "opinion", "extension", "rehandling",
                "rehandlingShortest", "rehandlingLongest", "feedback", "publication"));
        return VIEW;
    }
}
