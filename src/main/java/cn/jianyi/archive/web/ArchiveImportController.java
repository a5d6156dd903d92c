package cn.jianyi.archive.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.jianyi.archive.ArchiveImports;
import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ArchivedLetter;
import cn.jianyi.archive.ConfirmLetterCommand;
import cn.jianyi.archive.ImportBatch;
import cn.jianyi.archive.LetterKind;
import cn.jianyi.archive.UploadedFile;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Forms;

/**
 * 历史复函导入: the clerk uploads letters (or ZIPs of letters), watches them being read (the fragment polled by htmx
 * every second until the batch ends), then reviews each letter beside its source text and confirms or discards it.
 */
@Controller
@RequestMapping("/archive")
@PreAuthorize("hasAuthority('archive:import')")
class ArchiveImportController {

    private static final String UPLOAD_VIEW = "archive/imports";
    private static final String BATCH_VIEW = "archive/batch";
    private static final String REVIEW_VIEW = "archive/review";

    private final ArchiveImports imports;
    private final ArchiveManagement archive;

    ArchiveImportController(ArchiveImports imports, ArchiveManagement archive) {
        this.imports = imports;
        this.archive = archive;
    }

    @GetMapping("/imports")
    String initUpload(Model model) {
        return upload(model, null);
    }

    @PostMapping("/imports")
    String processUpload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                         @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        var uploads = new ArrayList<UploadedFile>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                    uploads.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        try {
            return "redirect:/archive/imports/" + imports.start(uploads, me.toActor());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("uploadError", violation);          // post/redirect/get, ADR 0049
            return "redirect:/archive/imports";
        }
    }

    private String upload(Model model, RuleViolation violation) {
        model.addAttribute("batches", imports.recent());
        if (violation != null) {
            model.addAttribute("uploadError", violation);
        }
        return UPLOAD_VIEW;
    }

    @GetMapping("/imports/{id}")
    String batch(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model) {
        ImportBatch batch = imports.batch(parse(id)).orElseThrow(() -> new NotFoundException("archive batch", id));
        model.addAttribute("batch", batch);
        model.addAttribute("letters", imports.lettersOf(batch.id()));
        return htmx != null ? BATCH_VIEW + " :: progress" : BATCH_VIEW;
    }

    @GetMapping("/letters/{id}")
    String initReview(@PathVariable String id, Model model) {
        ArchivedLetter letter = archive.letter(parse(id));
        if (letter.status() == ArchivedLetter.Status.CONFIRMED) {
            return "redirect:/archive/" + letter.id();
        }
        return review(letter, ReviewForm.of(letter.parsedFields()), model);
    }

    @PostMapping("/letters/{id}/confirm")
    String processReview(@PathVariable String id, @ModelAttribute("form") ReviewForm form, BindingResult result,
                         @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        ArchivedLetter letter = archive.letter(parse(id));
        form.check(result);
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/archive/letters/" + id);
        }
        if (!Forms.accepted(result, () -> archive.confirm(new ConfirmLetterCommand(letter.id(), form.toFields(),
                form.names(), me.toActor(), me.congressScope(), me.congressId(), me.includeLower())))) {
            return Forms.refused(result, redirect, "/archive/letters/" + id);
        }
        return "redirect:/archive/" + letter.id();
    }

    @PostMapping("/letters/{id}/discard")
    String discard(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        ArchivedLetter letter = archive.letter(parse(id));
        archive.discard(letter.id(), me.toActor());
        return "redirect:/archive/imports/" + letter.batchId();
    }

    private String review(ArchivedLetter letter, ReviewForm form, Model model) {
        return review(letter, form, new BeanPropertyBindingResult(form, "form"), model);
    }

    private String review(ArchivedLetter letter, ReviewForm form, BindingResult result, Model model) {
        model.addAttribute("letter", letter);
        model.addAttribute("parsed", letter.parsedFields());
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("levels", ReviewForm.LEVELS);
        return REVIEW_VIEW;
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("archive", id);
        }
    }
}
