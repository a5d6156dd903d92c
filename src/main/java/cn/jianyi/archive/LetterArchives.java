package cn.jianyi.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.ByteSizes;

/**
 * Expands a ZIP upload into its files, safely. The entries come from the archive's central directory, in its order;
 * folders, {@code __MACOSX} and hidden files ({@code .DS_Store}, {@code ._x}) are skipped; a name is its base name only
 * (a path such as {@code ../../x.txt} becomes {@code x.txt}), decoded as UTF-8 when the archive says so or the bytes
 * are valid UTF-8, otherwise as GBK (GB18030), as Windows archivers write Chinese names. Against ZIP bombs the bytes
 * actually decompressed are counted, never the sizes the headers claim: a file larger than
 * {@code jianyi.archive.max-file-size}, or inflating more than {@value #MAX_RATIO} times its compressed size, is
 * refused; after {@code max-archive-entries} files or {@code max-archive-size} decompressed in all, the rest are refused
 * together. A ZIP inside the ZIP is not expanded but reported. Every refusal is a {@link LetterFile} with the reason;
 * nothing is thrown. Thread-safe.
 */
@Component
public class LetterArchives {

    /** Decompressed bytes per compressed byte above which an entry counts as a ZIP bomb (past its first MB). */
    static final int MAX_RATIO = 100;

    static final String NESTED = "压缩包内的压缩包不展开，请解压后单独上传";

    /** Above this many times the entry limit the archive is not even listed (its directory would fill the memory). */
    private static final int MAX_LISTED = 10;
    private static final long RATIO_FROM = 1024 * 1024;
    private static final Set<String> ARCHIVE_SUFFIXES = Set.of(".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2",
            ".xz");
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    private final long maxFileSize;
    private final int maxEntries;
    private final long maxTotal;

    public LetterArchives(ArchiveSettings settings) {
        this.maxFileSize = settings.maxFileSize().toBytes();
        this.maxEntries = settings.maxArchiveEntries();
        this.maxTotal = settings.maxArchiveSize().toBytes();
    }

    /** The largest upload read at all: a ZIP may be as large as all it may hold decompressed. */
    public long maxUploadSize() {
        return Math.max(maxFileSize, maxTotal);
    }

    /** Whether the upload is a ZIP archive to expand (by its name {@code .zip}, or its bytes and not an Office name). */
    public boolean isArchive(String uploadName, byte[] content) {
        boolean zipBytes = content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && (content[2] == 3 || content[2] == 5) && (content[3] == 4 || content[3] == 6);
        String name = uploadName == null ? "" : uploadName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return true;
        }
        return zipBytes && !name.matches(".*\\.(docx|docm|dotx|xlsx|xlsm|pptx|ofd|odt|ods|odp)$")
                && !looksLikeOffice(content);
    }

    private static boolean looksLikeOffice(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        return head.contains("[Content_Types].xml") || head.contains("mimetypeapplication/");
    }

    /**
     * The files of the upload: the entries of a ZIP (see the class comment), or the upload itself when it is no ZIP
     * (a single letter file, read as it is).
     */
    public List<LetterFile> expand(String uploadName, byte[] content) {
        String name = baseName(uploadName == null ? "" : uploadName);
        if (content == null || !isArchive(uploadName, content)) {
            return List.of(LetterFile.of(name, content == null ? new byte[0] : content));
        }
        if (content.length > maxUploadSize()) {
            return List.of(LetterFile.refused(name, "压缩包过大（" + ByteSizes.describe(content.length)
                    + "），超过上限 " + ByteSizes.describe(maxUploadSize())));
        }
        int headers = centralHeaders(content);
        if (headers > MAX_LISTED * maxEntries) {
            return List.of(LetterFile.refused(name, "压缩包内文件过多（约 " + headers + " 个），上限 " + maxEntries
                    + " 个，未解压"));
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setUseUnicodeExtraFields(false).get()) {
            return entries(zip);
        } catch (IOException | RuntimeException e) {
            return List.of(LetterFile.refused(name, "压缩包已损坏或不是 ZIP 格式，无法解压"));
        }
    }

    private List<LetterFile> entries(ZipFile zip) {
        List<LetterFile> files = new ArrayList<>();
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        Charset names = namesCharset(entries);
        long total = 0;
        int taken = 0;
        int index = 0;
        for (; index < entries.size(); index++) {
            ZipArchiveEntry entry = entries.get(index);
            String path = nameOf(entry, names);
            String name = baseName(path);
            if (entry.isDirectory() || path.endsWith("/") || skipped(path, name)) {
                continue;
            }
            if (taken == maxEntries) {
                files.add(LetterFile.refused(name, "压缩包内文件超过 " + maxEntries + " 个，此文件及其后的文件未读取"));
                break;
            }
            taken++;
            if (isNestedArchive(name)) {
                files.add(LetterFile.refused(name, NESTED));
                continue;
            }
            Entry read = read(zip, entry, maxTotal - total);
            total += read.bytes();
            if (read.error() != null) {
                files.add(LetterFile.refused(name, read.error()));
            } else if (isArchive(name, read.content())) {
                files.add(LetterFile.refused(name, NESTED));
            } else {
                files.add(LetterFile.of(name, read.content()));
            }
            if (total >= maxTotal && read.error() != null) {
                index++;
                break;
            }
        }
        int rest = 0;
        for (; index < entries.size(); index++) {
            ZipArchiveEntry entry = entries.get(index);
            String path = nameOf(entry, names);
            if (!entry.isDirectory() && !path.endsWith("/") && !skipped(path, baseName(path))) {
                rest++;
            }
        }
        if (rest > 0 && total >= maxTotal) {
            files.add(LetterFile.refused("（其余 " + rest + " 个文件）", "解压后总大小超过上限 "
                    + ByteSizes.describe(maxTotal) + "，未读取"));
        }
        return files;
    }

    private record Entry(byte[] content, long bytes, String error) {
    }

    /**
     * How many central directory headers the bytes hold, counted by their signature rather than believed from the
     * end record: an upper bound of the entries the directory lists.
     */
    private static int centralHeaders(byte[] content) {
        int count = 0;
        for (int i = 0; i + 3 < content.length; i++) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 1 && content[i + 3] == 2) {
                count++;
            }
        }
        return count;
    }

    /** The entry's bytes, counting what is actually decompressed; stops at the first limit it passes. */
    private Entry read(ZipFile zip, ZipArchiveEntry entry, long totalLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                count += n;
                if (count > maxFileSize) {
                    return new Entry(null, count, "解压后超过 " + ByteSizes.describe(maxFileSize)
                            + " 的上限，已拒绝");
                }
                if (count > totalLeft) {
                    return new Entry(null, count, "解压后总大小超过上限 " + ByteSizes.describe(maxTotal)
                            + "，此文件及其后的文件未读取");
                }
                if (count > RATIO_FROM && in instanceof InputStreamStatistics statistics
                        && count > MAX_RATIO * Math.max(1, statistics.getCompressedCount())) {
                    return new Entry(null, count, "压缩比异常（超过 " + MAX_RATIO + " 倍），疑似压缩炸弹，已拒绝");
                }
                out.write(buffer, 0, n);
            }
            return new Entry(out.toByteArray(), count, null);
        } catch (UnsupportedZipFeatureException e) {
            return new Entry(null, count, "压缩包内的文件已加密或压缩方式不受支持，无法解压");
        } catch (IOException | RuntimeException e) {
            return new Entry(null, count, "压缩包内的文件已损坏，无法解压");
        }
    }

    /**
     * The charset of the names not flagged as UTF-8: UTF-8 when every one of them is valid UTF-8, otherwise GB18030,
     * as Windows archivers in China write them, for all (a short GBK name can be valid UTF-8 by chance: 伪装).
     */
    private static Charset namesCharset(List<ZipArchiveEntry> entries) {
        boolean utf8 = entries.stream().filter(entry -> !entry.getGeneralPurposeBit().usesUTF8ForNames())
                .allMatch(entry -> TextDecoding.strict(entry.getRawName(), 0, StandardCharsets.UTF_8).isPresent());
        return utf8 ? StandardCharsets.UTF_8 : TextDecoding.GB18030;
    }

    private static String nameOf(ZipArchiveEntry entry, Charset names) {
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return entry.getName();
        }
        return TextDecoding.strict(entry.getRawName(), 0, names).orElseGet(entry::getName);
    }

    private static boolean skipped(String path, String name) {
        for (String segment : path.replace('\\', '/').split("/")) {
            boolean hidden = segment.startsWith(".") && !segment.equals(".") && !segment.equals("..");
            if (hidden || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return name.isEmpty() || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isNestedArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** The last segment of a path with either separator: no folder, no drive, nothing to traverse with. */
    static String baseName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.substring(name.lastIndexOf(':') + 1).strip();
        return name.equals("..") || name.equals(".") ? "" : name;
    }
}
