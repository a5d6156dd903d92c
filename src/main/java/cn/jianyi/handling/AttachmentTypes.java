package cn.jianyi.handling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what an uploaded file really is from its bytes, never from its name alone: Apache Tika's magic-byte detection
 * for PDF, JPEG and PNG; for ZIP packages, the entries that make a DOCX, an XLSX or an OFD document, read from the
 * package's central directory (nothing is decompressed, so a ZIP bomb costs nothing here). Anything else, an HTML
 * page renamed {@code .pdf} or a {@code .docx} that is just a ZIP archive, is no allowed type.
 */
final class AttachmentTypes {

    private static final Detector MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final MediaType ZIP = MediaType.application("zip");

    private AttachmentTypes() {
    }

    /** The allowed type the content is, or empty when it is none of them. */
    static Optional<AttachmentType> detect(byte[] content) {
        MediaType magic = magicOf(content);
        if (magic.equals(MediaType.application("pdf"))) {
            return Optional.of(AttachmentType.PDF);
        }
        if (magic.equals(MediaType.image("jpeg"))) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (magic.equals(MediaType.image("png"))) {
            return Optional.of(AttachmentType.PNG);
        }
        if (isZip(magic)) {
            return packageType(content);
        }
        return Optional.empty();
    }

    private static MediaType magicOf(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            return MAGIC.detect(in, new Metadata());        // no file name: the content alone decides
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(MediaType type) {
        MediaType current = type;
        while (current != null) {
            if (current.equals(ZIP)) {
                return true;
            }
            current = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry().getSupertype(current);
        }
        return false;
    }

    /** DOCX, XLSX or OFD by the package's entries; java.util.zip reads the central directory from a file only. */
    private static Optional<AttachmentType> packageType(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("jianyi-attachment-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                boolean ooxml = zip.getEntry("[Content_Types].xml") != null;
                if (ooxml && zip.getEntry("word/document.xml") != null) {
                    return Optional.of(AttachmentType.DOCX);
                }
                if (ooxml && zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(AttachmentType.XLSX);
                }
                if (zip.getEntry("OFD.xml") != null) {
                    return Optional.of(AttachmentType.OFD);
                }
                return Optional.empty();
            }
        } catch (ZipException e) {
            return Optional.empty();                         // starts like a ZIP but is not a readable one
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }
}
