package cn.jianyi.insight.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.insight.SimilarCases;

/**
 * 类案 panel (htmx): the suggestions and archived letters most like what is being written (a deputy's draft, the
 * clerk's registration: {@code title} and {@code content} as typed) or like a case (the assign page, the case page's
 * history of the topic: {@code caseId}), within the reader's data scope. A POST because a draft is longer than an
 * address should be; it changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('suggestion:read')")
class SimilarController {

    /** How many the panel lists. */
    static final int LIMIT = 5;
    /** The most of a typed text that is compared (a draft may be long; its start says what it is about). */
    static final int LONGEST = 2000;

    private final SimilarCases similar;

    SimilarController(SimilarCases similar) {
        this.similar = similar;
    }

    @PostMapping("/similar")
    String panel(@RequestParam(required = false) String title, @RequestParam(required = false) String content,
                 @RequestParam(required = false) Long caseId, @RequestParam(required = false) String place,
                 @AuthenticationPrincipal CurrentUser me, Model model) {
        String typed = ((title == null ? "" : title) + "\n" + (content == null ? "" : content)).strip();
        String text = typed.isEmpty() && caseId != null ? similar.textOf(caseId, me) : typed;
        if (text.length() > LONGEST) {
            text = text.substring(0, LONGEST);
        }
        model.addAttribute("items", similar.similarTo(text, caseId, me, LIMIT));
        model.addAttribute("caseId", caseId);
        model.addAttribute("history", "case".equals(place));
        model.addAttribute("typed", !typed.isEmpty() || caseId != null);
        return "insight/similar :: panel";
    }
}
