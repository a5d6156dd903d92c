package cn.jianyi.handling;

import java.time.Instant;
import java.util.Locale;

/**
 * A file kept with a contact record (联系代表记录附件): its name, the media type detected from its content, size and
 * SHA-256 checksum. The bytes are read only for a download ({@link ContactAttachmentFile}). A fact: written once.
 */
public record ContactAttachment(long id, long contactRecordId, String fileName, String contentType, long sizeBytes,
                                String sha256, String uploadedBy, Instant uploadedAt) {

    /** The size as people read it: {@code 12.5 KB}, {@code 3.2 MB} (binary units, one decimal, at least 0.1 KB). */
    public String sizeLabel() {
        if (sizeBytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", Math.max(0.1, sizeBytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
