package cn.jianyi.publication.web;

import java.util.List;
import java.util.stream.Collectors;

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
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.publication.RedactionRule;
import cn.jianyi.publication.RedactionRules;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.Meetings;

/** 公开删除规则 (系统管理员): the congress's rules, who made each and why; a new rule; retiring one. */
@Controller
@PreAuthorize("hasAuthority('publication:rules:manage')")
class RedactionRuleController {

    private static final String VIEW = "publication/rules";

    private final RedactionRules rules;
    private final Meetings meetings;
    private final Directory directory;

    RedactionRuleController(RedactionRules rules, Meetings meetings, Directory directory) {
        this.rules = rules;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/publication-rules")
    String list(@RequestParam(required = false) String congressId, @AuthenticationPrincipal CurrentUser me,
                Model model) {
        Congress congress = meetings.congressOrFirst(congressId, me.congressScope());
        model.addAttribute("congresses", meetings.congressesWithin(me.congressScope()));
        model.addAttribute("congress", congress);
        if (congress == null) {
            model.addAttribute("rules", List.of());
            return VIEW;
        }
        List<RedactionRule> ofCongress = rules.within(me.congressScope()).stream()
                .filter(r -> r.congressId().equals(congress.id())).toList();
        List<HandlingUnit> units = directory.activeUnitsOf(congress.id());
        model.addAttribute("rules", ofCongress);
        model.addAttribute("units", units);
        model.addAttribute("unitNames", directory.units().stream()
                .collect(Collectors.toMap(HandlingUnit::id, HandlingUnit::shortName, (a, b) -> a)));
        model.addAttribute("people", directory.namesOf(ofCongress.stream().map(RedactionRule::createdBy).toList()));
        model.addAttribute("kinds", RedactionRule.Kind.values());
        model.addAttribute("form", RedactionRuleForm.blank());
        return VIEW;
    }

    @PostMapping("/publication-rules/{congressId}")
    String add(@PathVariable long congressId, @ModelAttribute("form") RedactionRuleForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        meetings.congressWithin(congressId, me.congressScope());
        String page = "/publication-rules?congressId=" + congressId;
        if (result.hasErrors() || Forms.submit(result, () -> rules.add(form.toCommand(congressId, me.toActor())))
                .isEmpty()) {
            return Forms.refused(result, redirect, page);
        }
        Flash.show(redirect, "publication.rule.added");
        return "redirect:" + page;
    }

    @PostMapping("/publication-rules/rule/{ruleId}/retire")
    String retire(@PathVariable long ruleId, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        RedactionRule rule = rules.retire(ruleId, me.congressScope(), me.toActor());
        Flash.show(redirect, "publication.rule.retired");
        return "redirect:/publication-rules?congressId=" + rule.congressId();
    }
}
