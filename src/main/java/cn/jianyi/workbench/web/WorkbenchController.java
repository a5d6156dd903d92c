package cn.jianyi.workbench.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.workbench.CaseFiles;
import cn.jianyi.workbench.WorkList;

/** The home page (工作台) and the case page (案卷). */
@Controller
class WorkbenchController {

    private final WorkList workList;
    private final CaseFiles caseFiles;

    WorkbenchController(WorkList workList, CaseFiles caseFiles) {
        this.workList = workList;
        this.caseFiles = caseFiles;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("home", workList.homeOf(me));
        return "workbench/home";
    }

    @GetMapping("/suggestions/{id}")
    String caseFile(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("view", caseFiles.caseFor(id, me));
        return "workbench/case";
    }
}
