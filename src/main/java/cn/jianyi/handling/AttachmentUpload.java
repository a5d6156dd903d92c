package cn.jianyi.handling;

/**
 * A file a user attaches to a contact record, as received: the name the browser sent and the bytes. Checked by
 * {@link AttachmentPolicies} before anything is saved.
 */
public record AttachmentUpload(String fileName, byte[] content) {

    public AttachmentUpload {
        fileName = fileName == null ? "" : fileName;
        content = content == null ? new byte[0] : content;
    }
}
