package cn.jianyi.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.ByteSizes;

/**
 * Reads one uploaded file as a letter's text: plain text (UTF-8, UTF-16 with a byte order mark, GBK/GB18030), an HTML
 * page (its charset from the page or the bytes; scripts, styles and navigation dropped; block elements and line breaks
 * as lines, table cells apart by tabs), a DOCX file (paragraphs and table rows as lines) or a PDF with a text layer,
 * told apart by the content (Apache Tika's magic bytes), the name only refining plain text into HTML. Anything else is
 * an {@link UnreadableLetter} with a Chinese reason: an empty or too large file, binary data, an old .doc or another
 * format, an encrypted or scanned PDF, a file without readable text. No library exception escapes. Thread-safe.
 *
 * <p>This class checks the size, detects the type, reads plain text itself and hands each other format to its
 * {@link FormatReader} ({@link PdfText}, {@link DocxText}, {@link HtmlText}); it normalizes and checks what they read.
 */
@Component
public class LetterReader {

    /** Fewer letters and digits than this after extraction is no readable text. */
    static final int MIN_TEXT = 10;

    static final String NOT_A_LETTER_FILE = "不是可读的文本、网页、Word 或 PDF 文件";

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private static final MediaType RTF = MediaType.application("rtf");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final HtmlText HTML = new HtmlText();
    private static final List<FormatReader> FORMATS = List.of(new PdfText(), new DocxText(), HTML);

    private final long maxFileSize;

    public LetterReader(ArchiveSettings settings) {
        this.maxFileSize = settings.maxFileSize().toBytes();
    }

    /**
     * The text of the file; {@code file} is its name, used only to tell a web page saved as text from plain text.
     *
     * @throws UnreadableLetter with the reason in Chinese when the file is no readable letter
     */
    public LetterText read(String file, byte[] content) throws UnreadableLetter {
        if (content == null || content.length == 0) {
            throw new UnreadableLetter("文件为空");
        }
        if (content.length > maxFileSize) {
            throw new UnreadableLetter("文件过大（" + ByteSizes.describe(content.length) + "），超过上限 "
                    + ByteSizes.describe(maxFileSize));
        }
        MediaType type = detect(content, null);
        String format = "txt";
        try {
            Optional<FormatReader> reader = FORMATS.stream().filter(r -> r.reads(type)).findFirst();
            LetterText letter;
            if (reader.isPresent()) {
                format = reader.get().format();
                letter = new LetterText(file, format, reader.get().text(content, file));
            } else if (isA(type, MediaType.TEXT_PLAIN) && !type.equals(RTF)) {
                letter = plainOrHtml(file, content);
                format = letter.format();
            } else if (isA(type, OLE2)) {
                throw new UnreadableLetter(oldOfficeReason(content, file));
            } else if (type.equals(MediaType.OCTET_STREAM)) {
                // Tika's text detection takes GBK text for binary data: strict decoding decides
                if (TextDecoding.decode(content).filter(text -> !TextDecoding.looksBinary(text)).isEmpty()) {
                    throw new UnreadableLetter(NOT_A_LETTER_FILE);
                }
                letter = plainOrHtml(file, content);
                format = letter.format();
            } else {
                throw new UnreadableLetter("不支持的文件格式（" + type + "）");
            }
            return checked(letter);
        } catch (UnreadableLetter e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new UnreadableLetter("文件已损坏或无法解析（" + format + "）", e);
        }
    }

    private static LetterText checked(LetterText letter) throws UnreadableLetter {
        String text = normalized(letter.text());
        if (TextDecoding.looksBinary(text)) {
            throw new UnreadableLetter(letter.format().equals("pdf")
                    ? "PDF 的文字层无法识别（字体未带编码），请先识别文字（OCR）后再上传" : NOT_A_LETTER_FILE);
        }
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_TEXT) {
            throw new UnreadableLetter("没有可读的文字");
        }
        return new LetterText(letter.file(), letter.format(), text);
    }

    /** What the content is by its magic bytes, with the name refining a generic type when given. */
    static MediaType detect(byte[] content, String name) {
        String detected = name == null ? TIKA.detect(content) : TIKA.detect(content, name);
        MediaType type = MediaType.parse(detected);
        return type == null ? MediaType.OCTET_STREAM : type.getBaseType();
    }

    static boolean isA(MediaType type, MediaType ancestor) {
        for (MediaType current = type; current != null; current = TYPES.getSupertype(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Plain text, or a page that the name (.html, .htm) or the markup shows to be HTML. */
    private static LetterText plainOrHtml(String file, byte[] content) throws UnreadableLetter {
        if (file != null && HTML.reads(detect(content, file))) {
            return new LetterText(file, "html", HTML.text(content, file));
        }
        String text = TextDecoding.decode(content).orElseThrow(() -> new UnreadableLetter(NOT_A_LETTER_FILE));
        String start = text.replace("\ufeff", "").stripLeading();
        start = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<") && (start.contains("<!doctype html") || start.contains("<html"))) {
            return new LetterText(file, "html", HTML.text(content, file));
        }
        return new LetterText(file, "txt", text);
    }

    /**
     * Why an OLE2 file (the container of old Office files) is refused: an encrypted DOCX is one too, and says so; an
     * old Word file is named as such; anything else by its detected type.
     */
    private static String oldOfficeReason(byte[] content, String file) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (ole2.getRoot().hasEntry("EncryptedPackage")) {
                return "Word 文件已加密（需要密码），无法读取";
            }
            if (ole2.getRoot().hasEntry("WordDocument")) {
                return "不支持的文件格式（application/msword，旧版 Word .doc）：请另存为 .docx 后再上传";
            }
        } catch (IOException | RuntimeException e) {
            // a damaged container: named by its detected type below
        }
        return "不支持的文件格式（" + detect(content, file) + "）";
    }

    // ---- text ---------------------------------------------------------------------------------------------------

    /** Unix line breaks, no byte order mark, no trailing spaces, at most one blank line in a row, trimmed. */
    static String normalized(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace("\ufeff", "");
        StringBuilder out = new StringBuilder(unix.length());
        int blank = 0;
        for (String line : unix.split("\n", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(kept);
            blank = 0;
        }
        return out.toString();
    }
}
