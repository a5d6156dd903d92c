package cn.jianyi.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.FeedbackScan;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** 录入纸质意见表: the office copies in a deputy's paper form, only with its scan; the scan for whoever reads the case. */
@Controller
class PaperFeedbackController {

    private static final String VIEW = "feedback/paper";

    private final FeedbackManagement feedback;
    private final SuggestionQueries queries;
    private final Directory directory;
    private final Clock clock;

    PaperFeedbackController(FeedbackManagement feedback, SuggestionQueries queries, Directory directory, Clock clock) {
        this.feedback = feedback;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/suggestions/{id}/feedback/paper")
    @PreAuthorize("hasAuthority('feedback:paper:record')")
    String initForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", new PaperFeedbackForm(null, null, null, null, null, LocalDate.now(clock), null));
        return show(id, me, model);
    }

    @PostMapping("/suggestions/{id}/feedback/paper")
    @PreAuthorize("hasAuthority('feedback:paper:record')")
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") PaperFeedbackForm form,
                       BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                       RedirectAttributes redirect) {
        queries.details(id, me.dataScope());
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> feedback.recordPaperForm(form.toCommand(id, me.toActor())))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "feedback.paper.done");
        return "redirect:/suggestions/" + id;
    }

    /** The scan of a paper form, shown in the browser, to whoever may read the case. */
    @GetMapping("/feedback/{feedbackId}/scan")
    @PreAuthorize("hasAuthority('suggestion:read')")
    ResponseEntity<byte[]> scan(@PathVariable long feedbackId, @AuthenticationPrincipal CurrentUser me) {
        Feedback record = feedback.find(feedbackId).orElseThrow(() -> new NotFoundException("feedback", feedbackId));
        queries.details(record.suggestionId(), me.dataScope());
        FeedbackScan scan = feedback.scanOf(feedbackId).orElseThrow(() -> new NotFoundException("scan", feedbackId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(scan.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(scan.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(scan.content());
    }

    private String show(long id, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        Map<Long, String> deputies = new LinkedHashMap<>();
        feedback.pendingAnswerers(id).forEach(deputy -> deputies.put(deputy, directory.deputy(deputy).name()));
        model.addAttribute("deputies", deputies);
        model.addAttribute("satisfactions", Satisfaction.values());
        return VIEW;
    }
}
