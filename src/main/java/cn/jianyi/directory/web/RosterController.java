package cn.jianyi.directory.web;

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

import cn.jianyi.directory.RosterImports;
import cn.jianyi.directory.RosterJob;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.shared.web.Forms;

/**
 * 单位名录导入: the administrator uploads the office's list of units, watches the check and the import (polled by
 * htmx until the job ends) and on errors downloads the row-by-row report. A job is shown only to whoever started it.
 */
@Controller
@PreAuthorize("hasAuthority('directory:manage')")
class RosterController {

    private static final String JOB_VIEW = "directory/roster";

    /** The upload form: the file. */
    record RosterForm(MultipartFile file) {
    }

    private final RosterImports imports;

    RosterController(RosterImports imports) {
        this.imports = imports;
    }

    @GetMapping("/directory/units/import")
    String unitsForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        return form("units", me, model);
    }

    @GetMapping("/directory/deputies/import")
    String deputiesForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        return form("deputies", me, model);
    }

    @PostMapping("/directory/units/import")
    String startUnits(@ModelAttribute("form") RosterForm form, BindingResult result,
                      @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        return start("units", form, result, me, redirect);
    }

    @PostMapping("/directory/deputies/import")
    String startDeputies(@ModelAttribute("form") RosterForm form, BindingResult result,
                         @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        return start("deputies", form, result, me, redirect);
    }

    private String form(String list, CurrentUser me, Model model) {
        model.addAttribute("form", new RosterForm(null));
        return page(list, me, model);
    }

    private String start(String list, RosterForm form, BindingResult result, CurrentUser me,
                         RedirectAttributes redirect) throws IOException {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        byte[] content = form.file() == null ? null : form.file().getBytes();
        String name = form.file() == null ? null : form.file().getOriginalFilename();
        return Forms.submit(result, () -> list.equals("units") ? imports.start(name, content, me)
                        : imports.startDeputies(name, content, me))
                .map(job -> "redirect:/directory/imports/" + job.id())
                .orElseGet(() -> Forms.refused(result, redirect));
    }

    @GetMapping("/directory/imports/{id}")
    String job(@PathVariable String id, @AuthenticationPrincipal CurrentUser me,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", imports.visibleTo(id, me));
        return htmx != null ? JOB_VIEW + " :: progress" : JOB_VIEW;
    }

    @GetMapping("/directory/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        RosterJob job = imports.visibleTo(id, me);
        if (job.status() != RosterJob.Status.FAILED) {
            throw new NotFoundException("roster import", id);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("错误报告-单位名录.xlsx"))
                .body(imports.errorReport(job));
    }

    private String page(String list, CurrentUser me, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("jobs", imports.of(me));
        return "directory/roster-import";
    }
}
