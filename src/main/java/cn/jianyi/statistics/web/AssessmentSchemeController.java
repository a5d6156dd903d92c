package cn.jianyi.statistics.web;

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

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.statistics.AssessmentScheme;
import cn.jianyi.statistics.AssessmentSchemes;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.Meetings;

/**
 * 考评方案: the roles that read the statistics see each congress's scheme and its versions; whoever may manage the
 * assessment saves a new version.
 */
@Controller
class AssessmentSchemeController {

    private static final String VIEW = "statistics/assessment-settings";

    private final AssessmentSchemes schemes;
    private final RuleSets ruleSets;
    private final Meetings meetings;
    private final cn.jianyi.identity.Directory directory;
    private final java.time.Clock clock;

    AssessmentSchemeController(AssessmentSchemes schemes, RuleSets ruleSets, Meetings meetings,
                               cn.jianyi.identity.Directory directory, java.time.Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.schemes = schemes;
        this.ruleSets = ruleSets;
        this.meetings = meetings;
    }

    @GetMapping("/settings/assessment")
    @PreAuthorize("hasAuthority('statistics:read')")
    String settings(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String congressId,
                    Model model) {
        Congress congress = meetings.congressOrFirst(congressId, me.congressScope());
        if (congress == null) {
            model.addAttribute("congresses", List.of());
            return VIEW;
        }
        model.addAttribute("form", AssessmentSchemeForm.of(schemes.current(congress.id())));
        return show(congress, me, model);
    }

    @PostMapping("/settings/assessment/{congressId}")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String save(@PathVariable long congressId, @Valid @ModelAttribute("form") AssessmentSchemeForm form,
                BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                RedirectAttributes redirect) {
        Congress congress = meetings.congressWithin(congressId, me.congressScope());
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/settings/assessment?congressId=" + congressId);
        }
        Optional<AssessmentScheme> saved = Forms.submit(result, () -> schemes.save(form.toCommand(congressId,
                me.toActor())));
        if (saved.isEmpty()) {
            // another administrator saved a version meanwhile: who, when and which, and what was typed (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> latest(schemes.current(congressId)),
                    () -> form.withVersion(schemes.current(congressId).version())), redirect,
                    "/settings/assessment?congressId=" + congressId);
        }
        Flash.show(redirect, "assessment.saved", String.valueOf(saved.get().version()));
        return "redirect:/settings/assessment?congressId=" + congressId;
    }

    /** The version in force now, who saved it and when, for a form refused because one was saved meanwhile. */
    private org.springframework.context.MessageSourceResolvable latest(AssessmentScheme current) {
        return LatestState.of("form.fault.latest.assessment", directory.namesOf(List.of(current.createdBy()))
                        .getOrDefault(current.createdBy(), current.createdBy()),
                LatestState.at(current.createdAt(), clock.getZone()), current.version(), current.note());
    }

    private String show(Congress congress, cn.jianyi.identity.CurrentUser me, Model model) {
        model.addAttribute("congresses", meetings.congressesWithin(me.congressScope()));
        model.addAttribute("congress", congress);
        model.addAttribute("current", schemes.current(congress.id()));
        var history = schemes.history(congress.id());
        model.addAttribute("history", history);
        model.addAttribute("people", directory.namesOf(history.stream().map(AssessmentScheme::createdBy).toList()));
        model.addAttribute("classScheme", ruleSets.scheme(ruleSets.current(congress.id()).classificationScheme()));
        return VIEW;
    }
}
