package cn.jianyi.documents.web;


import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jianyi.shared.web.Downloads;
import cn.jianyi.documents.DocxLetterRenderer;
import cn.jianyi.documents.OfdLetterRenderer;
import cn.jianyi.documents.PdfLetterRenderer;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.identity.CurrentUser;

/** Downloads a reply letter as a document, for whoever may read the reply (a draft as a preview). */
@Controller
@PreAuthorize("hasAuthority('suggestion:read')")
class DocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final MediaType OFD = MediaType.parseMediaType("application/ofd");

    private final ReplyQueries replyQueries;
    private final ReplyLetters letters;
    private final DocxLetterRenderer docx;
    private final PdfLetterRenderer pdf;
    private final OfdLetterRenderer ofd;

    DocumentController(ReplyQueries replyQueries, ReplyLetters letters, DocxLetterRenderer docx,
                       PdfLetterRenderer pdf, OfdLetterRenderer ofd) {
        this.replyQueries = replyQueries;
        this.letters = letters;
        this.docx = docx;
        this.pdf = pdf;
        this.ofd = ofd;
    }

    @GetMapping("/replies/{replyId}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me) {
        ReplyLetter letter = letters.of(replyQueries.visibleTo(replyId, me));
        return download(letter, ".pdf", MediaType.APPLICATION_PDF, pdf.render(letter));
    }

    @GetMapping("/replies/{replyId}/letter.docx")
    ResponseEntity<byte[]> docx(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me) {
        ReplyLetter letter = letters.of(replyQueries.visibleTo(replyId, me));
        return download(letter, ".docx", DOCX, docx.render(letter));
    }

    /** OFD (GB/T 33190); a signed reply of a unit with an electronic seal comes sealed. */
    @GetMapping("/replies/{replyId}/letter.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me) {
        ReplyLetter letter = letters.of(replyQueries.visibleTo(replyId, me));
        return download(letter, ".ofd", OFD, ofd.render(letter));
    }

    /** Named after the document number (a draft: 答复函（草稿）), UTF-8 in filename*. */
    private static ResponseEntity<byte[]> download(ReplyLetter letter, String suffix, MediaType type, byte[] body) {
        String name = (letter.documentNumber() == null ? "答复函（草稿）" : letter.documentNumber()) + suffix;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .body(body);
    }
}
