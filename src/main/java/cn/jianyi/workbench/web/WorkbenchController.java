package cn.jianyi.workbench.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

import cn.jianyi.directory.SetupChecklist;
import cn.jianyi.handling.ReplyClassChecks;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.workbench.CaseFiles;
import cn.jianyi.workbench.DeputyCaseFiles;
import cn.jianyi.workbench.DeputyPortal;
import cn.jianyi.workbench.WorkList;

/** The home page (工作台; for a deputy, 我的建议) and the case page (案卷). */
@Controller
class WorkbenchController {

    private final cn.jianyi.publication.PublicationQueries publicationQueries;
    private final WorkList workList;
    private final CaseFiles caseFiles;
    private final DeputyPortal portal;
    private final cn.jianyi.submission.SubmissionManagement submissions;

    private final cn.jianyi.archive.ArchiveManagement archive;
    private final SetupChecklist setup;
    private final DeputyCaseFiles deputyCases;
    private final ReplyClassChecks classChecks;

    WorkbenchController(WorkList workList, CaseFiles caseFiles, DeputyPortal portal,
                        cn.jianyi.submission.SubmissionManagement submissions,
                        cn.jianyi.archive.ArchiveManagement archive, SetupChecklist setup,
                        DeputyCaseFiles deputyCases, cn.jianyi.publication.PublicationQueries publicationQueries,
                        ReplyClassChecks classChecks) {
        this.classChecks = classChecks;
        this.publicationQueries = publicationQueries;
        this.deputyCases = deputyCases;
        this.archive = archive;
        this.setup = setup;
        this.submissions = submissions;
        this.workList = workList;
        this.caseFiles = caseFiles;
        this.portal = portal;
    }

    /**
     * Each person's home: a deputy's portal, the work lists of those who handle cases; the 审计管理员 and the
     * 安全管理员, who see no case (三员分立), go straight to their own page, the audit log or the accounts, with the
     * message the home page was to show (e.g. 口令已修改 after the first login's change).
     */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model, HttpServletRequest request,
                RedirectAttributes redirect) {
        if (!me.can(Permission.SUGGESTION_READ)) {
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
            if (flash != null) {
                flash.forEach(redirect::addFlashAttribute);
            }
            return me.can(Permission.AUDIT_READ) ? "redirect:/audit" : "redirect:/accounts";
        }
        if (me.has(Role.DEPUTY)) {
            model.addAttribute("portal", portal.of(me));
            return "workbench/deputy-home";
        }
        model.addAttribute("home", workList.homeOf(me));
        model.addAttribute("setup", setup.of(me));
        if (me.can(Permission.SUGGESTION_REGISTER)) {
            model.addAttribute("queued", submissions.queueSize(me.dataScope()));
        }
        if (me.can(Permission.PUBLICATION_DECIDE)) {
            model.addAttribute("overduePublications", publicationQueries.overdue(me.dataScope()));
        }
        return "workbench/home";
    }

    /** The case page; a deputy gets her own (her case as her story, the reply inline), not the office's. */
    @GetMapping("/suggestions/{id}")
    @PreAuthorize("hasAuthority('suggestion:read')")
    String caseFile(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        if (me.has(Role.DEPUTY)) {
            var story = deputyCases.caseFor(id, me);
            model.addAttribute("view", story);
            if (story.details().suggestion().isArchived()) {
                model.addAttribute("archivedLetters", archive.lettersOfCase(id));
            }
            return "workbench/deputy-case";
        }
        var view = caseFiles.caseFor(id, me);
        model.addAttribute("view", view);
        // 分类一致性提示 in the reply section, for the offices that review the class (ADR 0062)
        model.addAttribute("classWarnings", me.can(Permission.REPLY_REVIEW) ? classChecks.of(view.replies())
                : Map.of());
        if (view.details().suggestion().isArchived()) {
            model.addAttribute("archivedLetters", archive.lettersOfCase(id));
        }
        return "workbench/case";
    }
}
