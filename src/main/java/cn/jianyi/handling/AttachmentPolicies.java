package cn.jianyi.handling;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jianyi.shared.Decision;

/**
 * Named rules for the files attached to a contact record; each refusal names the file and is shown beside the file
 * field. The type is what the content is ({@link AttachmentTypes}), and the name's extension must say the same.
 */
final class AttachmentPolicies {

    /** At most this many files per contact record. */
    static final int MAX_FILES = 5;
    /** Each file at most 10 MB. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** File names at most this many characters (the column's length). */
    static final int MAX_NAME_LENGTH = 200;

    private AttachmentPolicies() {
    }

    static Decision atMostFiveFiles(List<AttachmentUpload> uploads) {
        return uploads.size() <= MAX_FILES ? Decision.allowed()
                : Decision.rejected("handling.attachment.tooMany", MAX_FILES, uploads.size());
    }

    static Decision notEmpty(String name, AttachmentUpload upload) {
        return upload.content().length > 0 ? Decision.allowed() : Decision.rejected("handling.attachment.empty", name);
    }

    static Decision atMostTenMegabytes(String name, AttachmentUpload upload) {
        return upload.content().length <= MAX_BYTES ? Decision.allowed()
                : Decision.rejected("handling.attachment.tooLarge", name, MAX_BYTES / (1024 * 1024));
    }

    static Decision nameFits(String name) {
        if (name.isEmpty()) {
            return Decision.rejected("handling.attachment.noName");
        }
        return name.length() <= MAX_NAME_LENGTH ? Decision.allowed()
                : Decision.rejected("handling.attachment.nameTooLong", MAX_NAME_LENGTH);
    }

    /** The content is an allowed type, and the extension of the name is one of that type's. */
    static Decision allowedType(String name, Optional<AttachmentType> detected) {
        return allowedType(name, detected, EnumSet.allOf(AttachmentType.class));
    }

    /** The content is one of the types allowed here, and the extension of the name is one of that type's. */
    static Decision allowedType(String name, Optional<AttachmentType> detected, Set<AttachmentType> allowed) {
        if (detected.isEmpty() || !allowed.contains(detected.get())) {
            return Decision.rejected("handling.attachment.type", name, labels(allowed));
        }
        return detected.get().fitsName(name) ? Decision.allowed()
                : Decision.rejected("handling.attachment.extension", name, detected.get().extensions().get(0)
                        .toUpperCase(java.util.Locale.ROOT));
    }

    /** PDF、JPG或PNG: the allowed types as the message names them, in the enum's order. */
    static String labels(Set<AttachmentType> allowed) {
        List<String> labels = EnumSet.copyOf(allowed).stream()
                .map(t -> t.extensions().get(0).toUpperCase(java.util.Locale.ROOT)).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
    }

    /**
     * The name kept for a file: without any folder part a browser may send ({@code C:\fakepath\…}), without control
     * characters, in Unicode normal form C, trimmed.
     */
    static String cleanName(String submitted) {
        String name = submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }
}
