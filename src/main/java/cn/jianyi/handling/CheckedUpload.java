package cn.jianyi.handling;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file that passed the attachment rules: its cleaned name, its type as told from the content, the bytes
 * and their SHA-256.
 */
public record CheckedUpload(String name, AttachmentType type, byte[] content, String sha256) {

    static CheckedUpload of(String name, AttachmentType type, byte[] content) {
        try {
            return new CheckedUpload(name, type, content,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
