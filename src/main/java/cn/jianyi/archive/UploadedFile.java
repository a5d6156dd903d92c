package cn.jianyi.archive;

/** One file as uploaded: its name and content (a letter, or a ZIP of letters). */
public record UploadedFile(String name, byte[] content) {
}
