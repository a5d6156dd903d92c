package cn.jianyi.handling.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jianyi.handling.ContactAttachment;
import cn.jianyi.handling.ContactAttachmentFile;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.identity.CurrentUser;

/**
 * Downloads a contact record's attachment, for everyone who sees the case (the units on it, the congress office and
 * the supervisors, the deputies who lead or co-signed it); outside the data scope it does not exist (404).
 */
@Controller
class ContactAttachmentController {

    private final ContactLog contactLog;

    ContactAttachmentController(ContactLog contactLog) {
        this.contactLog = contactLog;
    }

    @GetMapping("/contacts/attachments/{id}")
    @PreAuthorize("hasAuthority('suggestion:read')")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        ContactAttachmentFile file = contactLog.attachmentFile(id, me.dataScope());
        ContactAttachment attachment = file.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    /**
     * {@code attachment} with the UTF-8 name as RFC 5987/6266 {@code filename*}, which every current browser uses, and
     * a plain ASCII {@code filename} for older clients: the name itself if it is printable ASCII, else
     * {@code attachment-ID.ext}.
     */
    static String contentDisposition(ContactAttachment attachment) {
        String name = attachment.fileName();
        String fallback = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? name
                : "attachment-" + attachment.id() + asciiExtension(name);
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String asciiExtension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return !extension.isEmpty() && extension.chars().allMatch(c -> c < 0x7f && Character.isLetterOrDigit(c))
                ? "." + extension : "";
    }

    /** Percent-encodes every UTF-8 byte that is not an RFC 5987 attr-char. */
    static String rfc5987(String value) {
        var encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
