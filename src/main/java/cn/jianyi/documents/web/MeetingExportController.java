package cn.jianyi.documents.web;


import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.shared.web.Downloads;
import cn.jianyi.documents.MeetingExport;
import cn.jianyi.documents.MeetingExports;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.jobs.UnknownJobException;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Meetings;

/**
 * 会议答复函打包: the congress office (and the others who read every case) starts a ZIP of a meeting's signed replies,
 * watches its progress (the fragment polled by htmx every second until the job is finished) and downloads it. A job
 * is shown only to the person who started it; anyone else, and anyone after its keep time or a restart, gets 404 with
 * what may have become of it ({@code export.unknown}).
 */
@Controller
@RequestMapping("/exports")
@PreAuthorize("hasAuthority('documents:letters:export')")
class MeetingExportController {

    private static final String VIEW = "documents/exports";
    private static final String JOB_VIEW = "documents/export";
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final MeetingExports exports;
    private final Meetings meetings;

    MeetingExportController(MeetingExports exports, Meetings meetings) {
        this.exports = exports;
        this.meetings = meetings;
    }

    @GetMapping
    String initForm(@RequestParam(required = false) String meetingId, @AuthenticationPrincipal CurrentUser me,
                    Model model) {
        Long preselected = null;
        if (meetingId != null && meetingId.matches("\\d{1,18}")) {
            preselected = Long.valueOf(meetingId);
        }
        model.addAttribute("form", new MeetingExportForm(preselected));
        return page(me, model);
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("form") MeetingExportForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        return Forms.submit(result, () -> exports.start(form.meetingId(), me))
                .map(export -> "redirect:/exports/" + export.id())
                .orElseGet(() -> Forms.refused(result, redirect));
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("meetings", meetings.within(me.congressScope()));
        model.addAttribute("jobs", exports.of(me));
        return VIEW;
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @AuthenticationPrincipal CurrentUser me,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", exports.visibleTo(id, me));
        return htmx != null ? JOB_VIEW + " :: progress" : JOB_VIEW;
    }

    @GetMapping("/{id}/download")
    ResponseEntity<Resource> download(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        MeetingExport job = exports.visibleTo(id, me);
        if (job.status() != MeetingExport.Status.DONE) {
            throw new UnknownJobException("export.unknown", id);
        }
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(job.fileName()))
                .body(new FileSystemResource(job.file()));
    }
}
