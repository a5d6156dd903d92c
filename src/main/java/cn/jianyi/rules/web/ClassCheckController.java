package cn.jianyi.rules.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriUtils;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.rules.ClassCheckRule;
import cn.jianyi.rules.ClassChecks;
import cn.jianyi.rules.ClassDefinition;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.Meetings;

/** 分类一致性规则 (系统管理员): the rules of each classification scheme's classes; a new rule; removing one. */
@Controller
@PreAuthorize("hasAuthority('rules:manage')")
class ClassCheckController {

    private static final String VIEW = "rules/class-checks";

    private final ClassChecks checks;
    private final RuleSets ruleSets;
    private final Directory directory;
    private final Meetings meetings;

    ClassCheckController(ClassChecks checks, RuleSets ruleSets, Directory directory, Meetings meetings) {
        this.checks = checks;
        this.ruleSets = ruleSets;
        this.directory = directory;
        this.meetings = meetings;
    }

    /** The scheme asked for, else the one in force for the administrator's (first) congress. */
    @GetMapping("/rules/class-checks")
    String list(@RequestParam(required = false) String scheme, @AuthenticationPrincipal CurrentUser me,
                Model model) {
        List<ClassificationScheme> schemes = ruleSets.schemes();
        Congress congress = meetings.congressOrFirst(null, me.congressScope());
        ClassificationScheme shown = scheme != null ? ruleSets.scheme(scheme)
                : congress != null ? ruleSets.scheme(ruleSets.current(congress.id()).classificationScheme())
                : schemes.get(0);
        List<ClassCheckRule> rules = checks.rulesOf(shown.code());
        model.addAttribute("schemes", schemes);
        model.addAttribute("scheme", shown);
        model.addAttribute("rules", rules);
        model.addAttribute("classCodes", shown.classes().stream()
                .collect(Collectors.toMap(ClassDefinition::position, ClassDefinition::label)));
        model.addAttribute("people", directory.namesOf(rules.stream().map(ClassCheckRule::createdBy).toList()));
        model.addAttribute("kinds", ClassCheckRule.Kind.values());
        model.addAttribute("matches", ClassCheckRule.Match.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ClassCheckRuleForm.blank());
        }
        return VIEW;
    }

    @PostMapping("/rules/class-checks/{scheme}")
    String add(@PathVariable String scheme, @ModelAttribute("form") ClassCheckRuleForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        String page = page(ruleSets.scheme(scheme).code());
        if (result.hasErrors() || Forms.submit(result, () -> checks.add(form.toCommand(scheme, me.toActor())))
                .isEmpty()) {
            return Forms.refused(result, redirect, page);
        }
        Flash.show(redirect, "rules.classCheck.added");
        return "redirect:" + page;
    }

    @PostMapping("/rules/class-checks/rule/{ruleId}/remove")
    String remove(@PathVariable long ruleId, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        ClassCheckRule rule = checks.remove(ruleId, me.toActor());
        Flash.show(redirect, "rules.classCheck.removed");
        return "redirect:" + page(rule.schemeCode());
    }

    private static String page(String scheme) {
        return "/rules/class-checks?scheme=" + UriUtils.encodeQueryParam(scheme, StandardCharsets.UTF_8);
    }
}
