package cn.jianyi.identity.web;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.AccountRoster;
import cn.jianyi.identity.AccountRosterJob;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.shared.web.Forms;

/**
 * 账号名录导入 (安全管理员): the upload with its template, the check and the import watched on a progress bar (polled by
 * htmx until the job ends), the row-by-row error report, and the created logins' temporary passwords, shown once on
 * the job's page and downloadable once as a workbook. A job is shown only to whoever started it.
 */
@Controller
@PreAuthorize("hasAuthority('identity:accounts:manage')")
class AccountRosterController {

    private static final String JOB_VIEW = "identity/account-roster";

    /** The upload form: the file. */
    record RosterForm(MultipartFile file) {
    }

    private final AccountRoster roster;

    AccountRosterController(AccountRoster roster) {
        this.roster = roster;
    }

    @GetMapping("/accounts/import")
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", new RosterForm(null));
        return page(me, model);
    }

    @PostMapping("/accounts/import")
    String start(@ModelAttribute("form") RosterForm form, BindingResult result,
                 @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        byte[] content = form.file() == null ? null : form.file().getBytes();
        String name = form.file() == null ? null : form.file().getOriginalFilename();
        return Forms.submit(result, () -> roster.start(name, content, me))
                .map(job -> "redirect:/accounts/imports/" + job.id())
                .orElseGet(() -> Forms.refused(result, redirect));
    }

    @GetMapping("/accounts/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return xlsx("账号导入模板.xlsx", roster.template());
    }

    @GetMapping("/accounts/imports/{id}")
    String job(@PathVariable String id, @AuthenticationPrincipal CurrentUser me,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        AccountRosterJob job = roster.visibleTo(id, me);
        model.addAttribute("job", job);
        model.addAttribute("passwords", job.passwordsToShow());
        return htmx != null ? JOB_VIEW + " :: progress" : JOB_VIEW;
    }

    @GetMapping("/accounts/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        AccountRosterJob job = roster.visibleTo(id, me);
        if (job.status() != AccountRosterJob.Status.FAILED) {
            throw new NotFoundException("account roster import", id);
        }
        return xlsx("错误报告-账号名录.xlsx", roster.errorReport(job));
    }

    /** 临时口令表: once; a second request answers 404 (the passwords are no longer kept). */
    @GetMapping("/accounts/imports/{id}/passwords.xlsx")
    ResponseEntity<byte[]> passwords(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        AccountRosterJob job = roster.visibleTo(id, me);
        return xlsx("临时口令.xlsx", roster.takeTemporaryPasswords(job)
                .orElseThrow(() -> new NotFoundException("temporary passwords", id)));
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("jobs", roster.of(me));
        return "identity/account-roster-import";
    }
}
