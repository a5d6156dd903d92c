package cn.jianyi.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of one upload: the file itself, or the entries of a ZIP (names in UTF-8 where the archive says so,
 * otherwise GBK as Chinese Windows writes them). A ZIP that cannot be opened, or one too large, becomes one row with
 * its error. A stand-in to be replaced by {@code LetterArchives.expand} at merge.
 */
final class UploadExpander {

    /** One file to read, or the error (a message key) that stops it from being read. */
    record Upload(String name, byte[] content, String errorKey) {
    }

    static final int MAX_ENTRIES = 500;
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

    private UploadExpander() {
    }

    static List<Upload> expand(String name, byte[] content) {
        if (name == null || !name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return List.of(new Upload(name == null ? "" : name, content, null));
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K'
                || !(content[2] == 3 && content[3] == 4 || content[2] == 5 && content[3] == 6)) {
            return List.of(new Upload(name, new byte[0], "archive.zip.broken"));
        }
        var files = new ArrayList<Upload>();
        long total = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content), Charset.forName("GBK"))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entry.isDirectory() || entryName.startsWith("__MACOSX/")
                        || entryName.substring(entryName.lastIndexOf('/') + 1).startsWith(".")) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    return List.of(new Upload(name, new byte[0], "archive.zip.tooMany"));
                }
                var out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        return List.of(new Upload(name, new byte[0], "archive.zip.tooLarge"));
                    }
                    out.write(buffer, 0, n);
                }
                files.add(new Upload(name + "/" + entryName, out.toByteArray(), null));
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of(new Upload(name, new byte[0], "archive.zip.broken"));
        }
        return files.isEmpty() ? List.of(new Upload(name, new byte[0], "archive.zip.empty")) : files;
    }
}
