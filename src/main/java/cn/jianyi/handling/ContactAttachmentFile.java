package cn.jianyi.handling;

/** An attachment with its bytes, for a download, and the case it belongs to. */
public record ContactAttachmentFile(ContactAttachment attachment, long suggestionId, byte[] content) {
}
