package cn.jianyi.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.shared.web.Downloads;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.intake.ImportJob;
import cn.jianyi.intake.ImportJobs;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 批量登记: the clerk uploads a 交办清单, watches the check and the import (the fragment polled by htmx every second
 * until the job ends), and on errors downloads the row-by-row report. A job is shown only to whoever started it.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAuthority('suggestion:register') and hasAuthority('assignment:assign')")
class ImportController {

    private static final String VIEW = "intake/imports";
    private static final String JOB_VIEW = "intake/import";

    private final ImportJobs jobs;
    private final Meetings meetings;
    private final Clock clock;

    ImportController(ImportJobs jobs, Meetings meetings, Clock clock) {
        this.jobs = jobs;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping
    String initForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        MeetingView latest = meetings.within(me.congressScope()).stream().findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new ImportForm(latest == null ? null : latest.id(),
                latest == null || latest.openedOn().isAfter(today) ? today : latest.openedOn(), today, null));
        return page(me, model);
    }

    @PostMapping
    String start(@Valid @ModelAttribute("form") ImportForm form, BindingResult result,
                 @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        if (!result.hasFieldErrors("file") && !form.hasFile()) {
            result.rejectValue("file", "intake.file.required");
        }
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        byte[] content = form.file().getBytes();
        return Forms.submit(result, () -> jobs.start(form.meetingId(), form.receivedOn(), form.assignedOn(),
                        form.file().getOriginalFilename(), content, me))
                .map(job -> "redirect:/imports/" + job.id())
                .orElseGet(() -> Forms.refused(result, redirect));
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @AuthenticationPrincipal CurrentUser me,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.visibleTo(id, me));
        return htmx != null ? JOB_VIEW + " :: progress" : JOB_VIEW;
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        ImportJob job = jobs.visibleTo(id, me);
        if (job.status() != ImportJob.Status.FAILED) {
            throw new NotFoundException("import", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("错误报告-" + job.meeting().name() + ".xlsx"))
                .body(jobs.errorReport(job));
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("meetings", meetings.within(me.congressScope()));
        model.addAttribute("jobs", jobs.of(me));
        return VIEW;
    }
}
