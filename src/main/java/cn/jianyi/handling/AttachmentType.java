package cn.jianyi.handling;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a contact record may carry (a photo of the meeting, the signed minutes, a scanned sign-in sheet),
 * with the media type served on download and the file name extensions that fit each kind.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** 版式文档 (GB/T 33190): a ZIP package with {@code OFD.xml} at its root. */
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file name ends with one of this kind's extensions (any case). */
    public boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
