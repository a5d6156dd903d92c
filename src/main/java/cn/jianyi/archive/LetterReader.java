package cn.jianyi.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.springframework.stereotype.Component;

/**
 * Reads one uploaded file as a letter's text: plain text (UTF-8, UTF-16 with a byte order mark, GBK/GB18030), an HTML
 * page (its charset from the page or the bytes; scripts, styles and navigation dropped; block elements and line breaks
 * as lines, table cells apart by tabs), a DOCX file (paragraphs and table rows as lines) or a PDF with a text layer,
 * told apart by the content (Apache Tika's magic bytes), the name only refining plain text into HTML. Anything else is
 * an {@link UnreadableLetter} with a Chinese reason: an empty or too large file, binary data, an old .doc or another
 * format, an encrypted or scanned PDF, a file without readable text. No library exception escapes. Thread-safe.
 */
@Component
public class LetterReader {

    /** Fewer letters and digits than this after extraction is no readable text. */
    static final int MIN_TEXT = 10;

    static final String NOT_A_LETTER_FILE = "不是可读的文本、网页、Word 或 PDF 文件";

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType RTF = MediaType.application("rtf");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

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
            throw new UnreadableLetter("文件过大（" + describeSize(content.length) + "），超过上限 "
                    + describeSize(maxFileSize));
        }
        MediaType type = detect(content, null);
        String format = "txt";
        try {
            LetterText letter;
            if (type.equals(PDF)) {
                format = "pdf";
                letter = new LetterText(file, format, pdf(content));
            } else if (type.equals(ZIP) || isA(type, OOXML)) {
                format = "docx";
                letter = new LetterText(file, format, docx(content, file));
            } else if (isHtml(type)) {
                format = "html";
                letter = new LetterText(file, format, html(content));
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
    private static MediaType detect(byte[] content, String name) {
        String detected = name == null ? TIKA.detect(content) : TIKA.detect(content, name);
        MediaType type = MediaType.parse(detected);
        return type == null ? MediaType.OCTET_STREAM : type.getBaseType();
    }

    private static boolean isA(MediaType type, MediaType ancestor) {
        for (MediaType current = type; current != null; current = TYPES.getSupertype(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtml(MediaType type) {
        return type.equals(MediaType.text("html")) || type.equals(MediaType.application("xhtml+xml"));
    }

    /** Plain text, or a page that the name (.html, .htm) or the markup shows to be HTML. */
    private static LetterText plainOrHtml(String file, byte[] content) throws UnreadableLetter {
        if (file != null && isHtml(detect(content, file))) {
            return new LetterText(file, "html", html(content));
        }
        String text = TextDecoding.decode(content).orElseThrow(() -> new UnreadableLetter(NOT_A_LETTER_FILE));
        String start = text.replace("\ufeff", "").stripLeading();
        start = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<") && (start.contains("<!doctype html") || start.contains("<html"))) {
            return new LetterText(file, "html", html(content));
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

    // ---- HTML ---------------------------------------------------------------------------------------------------

    private static String html(byte[] content) {
        Document page = Jsoup.parse(htmlSource(content));
        page.select("script, style, noscript, template, nav, iframe, object, embed, svg, head, select, button")
                .remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new PageText(text), page.body() == null ? page : page.body());
        return text.toString();
    }

    /** The page's text in its charset: a byte order mark, else the declared charset if it decodes, else detected. */
    private static String htmlSource(byte[] content) {
        if (TextDecoding.byteOrderMark(content).isPresent()) {
            return TextDecoding.decode(content).orElseGet(() -> lenient(content, TextDecoding.byteOrderMark(content)
                    .orElseThrow()));
        }
        Optional<Charset> declared = declaredCharset(content);
        if (declared.isPresent()) {
            Optional<String> text = TextDecoding.strict(content, 0, declared.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return TextDecoding.decode(content).orElseGet(() -> lenient(content, declared.orElse(StandardCharsets.UTF_8)));
    }

    private static String lenient(byte[] content, Charset charset) {
        return new String(content, charset);
    }

    /** The charset a meta element near the start names (GB2312 and GBK read as their superset GB18030). */
    private static Optional<Charset> declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return Optional.empty();
        }
        String name = meta.group(1).toUpperCase(Locale.ROOT);
        if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK") || name.equals("GB_2312-80")) {
            return Optional.of(TextDecoding.GB18030);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Collects a page's text: block elements and {@code br} end lines, table cells are apart by a tab. */
    private static final class PageText implements NodeVisitor {

        private static final java.util.Set<String> BLOCKS = java.util.Set.of("address", "article", "aside",
                "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
                "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title", "body");

        private final StringBuilder text;
        private int pre;
        private int rowStart;

        PageText(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String chunk = textNode.getWholeText().replace('\u00a0', ' ');
                if (pre == 0) {
                    chunk = chunk.replaceAll("[ \\t\\r\\n\\f]+", " ");
                    if (chunk.startsWith(" ") && (text.isEmpty() || endsWithSpace())) {
                        chunk = chunk.substring(1);
                    }
                }
                text.append(chunk);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    lineBreak();
                } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                    // a paragraph that ended the previous cell does not end the row
                    while (text.length() > rowStart && Character.isWhitespace(text.charAt(text.length() - 1))) {
                        text.setLength(text.length() - 1);
                    }
                    text.append('\t');
                }
                if (tag.equals("tr")) {
                    rowStart = text.length();
                }
                if (tag.equals("pre") || tag.equals("textarea")) {
                    pre++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    lineBreak();
                }
                if (tag.equals("pre") || tag.equals("textarea")) {
                    pre--;
                }
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n' || last == '\t';
        }

        private void trimSpace() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        private void lineBreak() {
            trimSpace();
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }
    }

    // ---- DOCX ---------------------------------------------------------------------------------------------------

    /** Paragraphs as lines, a table row as a line of its cells apart by tabs; POI guards against ZIP bombs. */
    private static String docx(byte[] content, String file) throws IOException, UnreadableLetter {
        refuseOtherPackages(content);
        OPCPackage pack;
        try (InputStream in = new ByteArrayInputStream(content)) {
            pack = OPCPackage.open(in);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnreadableLetter("Word 文件已损坏，无法读取", e);
        }
        try (pack) {
            var main = pack.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String mainType = main.isEmpty() ? "" : main.get(0).getContentType();
            if (!mainType.contains("wordprocessingml")) {
                throw new UnreadableLetter("不支持的文件格式（" + (mainType.isEmpty() ? detect(content, file)
                        : officeType(main.get(0))) + "）：只读 Word（.docx）文件");
            }
            try (XWPFDocument document = new XWPFDocument(pack)) {
                StringBuilder text = new StringBuilder();
                for (IBodyElement element : document.getBodyElements()) {
                    append(element, text);
                }
                return text.toString();
            }
        }
    }

    /**
     * Refuses a ZIP that is no Office package, by the names in its central directory (nothing is decompressed): an
     * OFD document, an OpenDocument file, or a plain ZIP archive given as one letter.
     */
    private static void refuseOtherPackages(byte[] content) throws UnreadableLetter {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return;
            }
            if (zip.getEntry("OFD.xml") != null) {
                throw new UnreadableLetter("不支持的文件格式（OFD 版式文件）：请另存为 PDF 后再上传");
            }
            if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                throw new UnreadableLetter("不支持的文件格式（OpenDocument 文件）：请另存为 .docx 后再上传");
            }
            throw new UnreadableLetter("这是 ZIP 压缩包，不是单个文件：请上传其中的文件，或以 .zip 批量上传");
        } catch (IOException e) {
            throw new UnreadableLetter("压缩文件已损坏，无法读取", e);
        }
    }

    private static String officeType(PackagePart part) {
        String type = part.getContentType();
        if (type.contains("spreadsheetml")) {
            return "Excel 工作簿";
        }
        if (type.contains("presentationml")) {
            return "PowerPoint 演示文稿";
        }
        return type;
    }

    private static void append(IBodyElement element, StringBuilder text) {
        if (element instanceof XWPFParagraph paragraph) {
            text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                boolean first = true;
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!first) {
                        text.append('\t');
                    }
                    first = false;
                    StringBuilder cellText = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, cellText);
                    }
                    text.append(cellText.toString().strip());
                }
                text.append('\n');
            }
        }
    }

    // ---- PDF ----------------------------------------------------------------------------------------------------

    private static String pdf(byte[] content) throws IOException, UnreadableLetter {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableLetter("PDF 已加密，无法读取（不允许提取文字）");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_TEXT
                    && document.getNumberOfPages() > 0) {
                throw new UnreadableLetter("扫描件无文字层，请先识别文字（OCR）后再上传");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetter("PDF 已加密，无法读取", e);
        }
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

    /** A byte count for people: {@code 512 字节}, {@code 12.5 KB}, {@code 52.4 MB}. */
    public static String describeSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        double megabytes = bytes / (1024.0 * 1024);
        return megabytes == Math.rint(megabytes) ? String.format(Locale.ROOT, "%.0f MB", megabytes)
                : String.format(Locale.ROOT, "%.1f MB", megabytes);
    }
}
