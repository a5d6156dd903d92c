package cn.jianyi.handling;

import java.util.Optional;
import java.util.Set;

/**
 * A file a user attaches to a contact record, as received: the name the browser sent and the bytes. Checked by
 * {@link AttachmentPolicies} before anything is saved.
 */
public record AttachmentUpload(String fileName, byte[] content) {

    public AttachmentUpload {
        fileName = fileName == null ? "" : fileName;
        content = content == null ? new byte[0] : content;
    }

    /**
     * Checks the file against the attachment rules — a name of at most 200 characters, not empty, at most 10 MB, a
     * type among {@code allowed} told from the content, an extension that says the same — refusing beside
     * {@code field} with a message naming the file.
     */
    public CheckedUpload checked(String field, Set<AttachmentType> allowed) {
        String name = AttachmentPolicies.cleanName(fileName);
        AttachmentPolicies.nameFits(name).orThrowOn(field);
        AttachmentPolicies.notEmpty(name, this).orThrowOn(field);
        AttachmentPolicies.atMostTenMegabytes(name, this).orThrowOn(field);
        Optional<AttachmentType> type = AttachmentTypes.detect(content);
        AttachmentPolicies.allowedType(name, type, allowed).orThrowOn(field);
        return CheckedUpload.of(name, type.orElseThrow(), content);
    }
}
