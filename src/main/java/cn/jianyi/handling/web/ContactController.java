package cn.jianyi.handling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** 记录联系: a unit on the case logs a contact with the deputy, with files that document it. */
@Controller
@RequestMapping("/suggestions/{id}/contacts")
@PreAuthorize("hasAuthority('handling:contact:record')")
class ContactController {

    private static final String VIEW = "handling/contact-form";

    private final ContactLog contactLog;
    private final SuggestionQueries queries;
    private final Clock clock;

    ContactController(ContactLog contactLog, SuggestionQueries queries, Clock clock) {
        this.contactLog = contactLog;
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        model.addAttribute("kinds", ContactKind.values());
    }

    @GetMapping("/new")
    String initForm(Model model) {
        model.addAttribute("form", new ContactForm(ContactKind.FACE_TO_FACE, LocalDate.now(clock), null, null,
                List.of()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        List<AttachmentUpload> uploads = form.uploads();
        if (result.hasErrors()) {
            rejectBadFiles(uploads, result);
            return reshow(id, uploads, result, redirect);
        }
        // not this unit's case, or closed: the refusal page says why
        if (!Forms.acceptedOnFields(result, () -> contactLog.recordContact(form.toCommand(id, me.unitId(), me.toActor(),
                uploads)))) {
            if (!result.hasFieldErrors("attachments")) {
                rejectBadFiles(uploads, result);
            }
            return reshow(id, uploads, result, redirect);
        }
        Flash.show(redirect, "contact.recorded");
        return "redirect:/suggestions/" + id;
    }

    /** A bad file is reported in the same round as the other fields' mistakes, not after they are corrected. */
    private void rejectBadFiles(List<AttachmentUpload> uploads, BindingResult result) {
        try {
            contactLog.checkAttachments(uploads);
        } catch (RuleViolation violation) {
            Forms.reject(result, violation);
        }
    }

    /** The form again; a browser never refills a file field, so say that the chosen files must be chosen again. */
    private static String reshow(long id, List<AttachmentUpload> uploads, BindingResult result,
                                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("chooseFilesAgain", !uploads.isEmpty());
        return Forms.refused(result, redirect, "/suggestions/" + id + "/contacts/new");
    }
}
