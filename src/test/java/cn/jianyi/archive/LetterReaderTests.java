package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * {@link LetterReader} on real files built here from the corpus letters: text in UTF-8, UTF-16 and GBK, web pages in
 * UTF-8 and GBK, DOCX, a PDF in a CJK font; and every refusal with its Chinese reason.
 */
class LetterReaderTests {

    static final Path CORPUS = Path.of("../shared/corpus/replies");
    static final Charset GBK = Charset.forName("GBK");

    private final LetterReader reader = new LetterReader(ArchiveSettings.defaults());

    static String corpus(String file) {
        try {
            return Files.readString(CORPUS.resolve(file));
        } catch (IOException e) {
            throw new AssertionError("the corpus letter " + CORPUS.resolve(file).toAbsolutePath() + " is missing", e);
        }
    }

    /** The corpus letter 002 without its blank lines: what every format below carries. */
    static List<String> letterLines() {
        return corpus("002.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void readsUtf8TextWithAndWithoutByteOrderMark() throws UnreadableLetter {
        String letter = corpus("002.txt");
        LetterText plain = reader.read("002.txt", letter.getBytes(StandardCharsets.UTF_8));
        LetterText bom = reader.read("002.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                letter.getBytes(StandardCharsets.UTF_8)));

        assertThat(plain.format()).isEqualTo("txt");
        assertThat(plain.file()).isEqualTo("002.txt");
        assertThat(plain.text()).startsWith("类 别:B").contains("子交函〔2023〕34号\n\n关于对政协子洲县第十届委员会第二次会议")
                .endsWith("子洲县交通运输局\n\n2023年10月16日");
        assertThat(bom.text()).isEqualTo(plain.text());
    }

    @Test
    void readsUtf8CutWithinACharacterAsUtf8() throws UnreadableLetter {
        byte[] letter = corpus("002.txt").strip().getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(letter, letter.length - 1);  // the last 日 loses its last byte

        LetterText read = reader.read("002.txt", cut);

        assertThat(read.text()).contains("子交函〔2023〕34号").endsWith("子洲县交通运输局\n\n2023年10月16");
    }

    @Test
    void readsGbkAndUtf16Text() throws UnreadableLetter {
        String letter = corpus("000_aef254c2c95ce4c2.txt");
        String expected = reader.read("a.txt", letter.getBytes(StandardCharsets.UTF_8)).text();

        LetterText gbk = reader.read("a.txt", letter.getBytes(Charset.forName("GB18030")));
        LetterText utf16le = reader.read("a.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                letter.getBytes(StandardCharsets.UTF_16LE)));
        LetterText utf16be = reader.read("a.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                letter.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(expected).contains("新卫提字〔2024〕1号").contains("联系单位及电话：区卫健委 83752009");
        assertThat(List.of(gbk, utf16le, utf16be)).allSatisfy(read -> {
            assertThat(read.format()).isEqualTo("txt");
            assertThat(read.text()).isEqualTo(expected);
        });
    }

    @Test
    void readsAWebPageAsItsLinesWithoutScriptsStylesCommentsAndNavigation() throws UnreadableLetter {
        LetterText page = reader.read("002.html", page("utf-8").getBytes(StandardCharsets.UTF_8));

        assertThat(page.format()).isEqualTo("html");
        assertThat(page.text().lines().toList()).containsSubsequence(letterLines())
                .containsSubsequence("联系人\t张三\t电话\t0912-1234567", "\t备注");
        assertThat(page.text()).doesNotContain("脚本", "样式", "注释", "首页", "网站导航", "<p>", "&nbsp;");
    }

    @Test
    void readsAGbkWebPageByItsMetaCharsetOrByItsBytes() throws UnreadableLetter {
        List<String> expected = reader.read("002.html", page("utf-8").getBytes(StandardCharsets.UTF_8)).text()
                .lines().toList();

        LetterText declared = reader.read("002.htm", page("gb2312").getBytes(GBK));
        LetterText undeclared = reader.read("page", page(null).getBytes(GBK));

        assertThat(declared.format()).isEqualTo("html");
        assertThat(declared.text().lines().toList()).isEqualTo(expected);
        assertThat(undeclared.format()).isEqualTo("html");
        assertThat(undeclared.text().lines().toList()).isEqualTo(expected);
    }

    /** The letter 002 as a published page: furniture around it, paragraphs, a line break, a table. */
    private static String page(String charset) {
        StringBuilder body = new StringBuilder();
        List<String> lines = letterLines();
        body.append("<div class=\"content\">\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 4) {
                body.append("<p>").append(line).append("<br>").append(lines.get(++i)).append("</p>\n");
            } else {
                body.append("  <p style=\"text-indent:2em\">\n    ").append(line.replace("&", "&amp;"))
                        .append("&nbsp;</p>\n");
            }
        }
        body.append("<table><tr><td><p>联系人</p></td><td> 张三 </td><td>电话</td><td>0912-1234567</td></tr>"
                + "<tr><td></td><td>备注</td></tr></table>\n");
        body.append("</div>\n");
        String meta = charset == null ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + charset + "\">";
        return "<!DOCTYPE html>\n<html><head>" + meta + "<title>关于第14号提案的复函</title>"
                + "<script>var s = '脚本';</script><style>.x { content: '样式'; }</style></head>\n<body>"
                + "<nav><a href=\"/\">首页</a> <a>网站导航</a></nav><!-- 注释 -->\n" + body
                + "<script>document.write('脚本');</script></body></html>";
    }

    @Test
    void readsADocxFileItsParagraphsAndTableRowsAsLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : letterLines()) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("联系人");
            table.getRow(0).getCell(1).setText("张三 0912-1234567");
            document.write(out);
        }

        LetterText docx = reader.read("002.docx", out.toByteArray());

        assertThat(docx.format()).isEqualTo("docx");
        assertThat(docx.text().lines().toList()).containsSubsequence(letterLines())
                .endsWith("联系人\t张三 0912-1234567");
    }

    @Test
    void readsATextPdfInAChineseFont() throws Exception {
        LetterText pdf = reader.read("002.pdf", pdf(letterLines(), null));

        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.text().lines().map(String::strip).toList()).containsSubsequence(letterLines().subList(0, 8));
        assertThat(pdf.text()).contains("子交函〔2023〕34号", "崔银雷委员:");
    }

    @Test
    void refusesAnEncryptedDocx() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            letterLines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (var data = encryptor.getDataStream(container)) {
                data.write(plain.toByteArray());
            }
            container.writeFilesystem(encrypted);
        }

        assertRefused("002.docx", encrypted.toByteArray(), "Word 文件已加密（需要密码），无法读取");
    }

    @Test
    void readsAnXhtmlPageWithoutAHelpfulName() throws UnreadableLetter {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + page("utf-8").replace("<!DOCTYPE html>\n", "")
                .replace("<html>", "<html xmlns=\"http://www.w3.org/1999/xhtml\">").replace("<br>", "<br/>")
                .replace("charset=utf-8\">", "charset=utf-8\"/>");

        LetterText page = reader.read("download", xhtml.getBytes(StandardCharsets.UTF_8));

        assertThat(page.format()).isEqualTo("html");
        assertThat(page.text().lines().toList()).containsSubsequence(letterLines());
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        StandardProtectionPolicy password = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
        AccessPermission noCopying = new AccessPermission();
        noCopying.setCanExtractContent(false);
        StandardProtectionPolicy ownerOnly = new StandardProtectionPolicy("owner", "", noCopying);

        assertRefused("x.pdf", pdf(letterLines(), password), "PDF 已加密，无法读取");
        assertRefused("x.pdf", pdf(letterLines(), ownerOnly), "PDF 已加密，无法读取（不允许提取文字）");
    }

    @Test
    void refusesAScannedPdfWithoutATextLayer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            g.drawString("scanned letter", 20, 40);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50, 400, 560);
            }
            document.save(out);
        }

        assertRefused("scan.pdf", out.toByteArray(), "扫描件无文字层，请先识别文字（OCR）后再上传");
    }

    /** A PDF of the lines in a CJK font the project prepares (bin/prepare-fonts) or the system has. */
    static byte[] pdf(List<String> lines, StandardProtectionPolicy protection) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, cjkFont().toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(60, 780);
                for (String line : lines) {
                    content.showText(line.length() > 40 ? line.substring(0, 40) : line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static Path cjkFont() {
        String dir = System.getenv().getOrDefault("JIANYI_FONT_DIR",
                System.getProperty("user.home") + "/.cache/jianyi/fonts");
        return Stream.of(Path.of(dir, "LXGWWenKai-Regular.ttf"),
                        Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"))
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError("no CJK TrueType font: run bin/prepare-fonts"));
    }

    @Test
    void refusesEmptyTooLargeBinaryAndTextlessFiles() {
        assertRefused("empty.txt", new byte[0], "文件为空");
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        assertRefused("garbage.pdf", garbage, LetterReader.NOT_A_LETTER_FILE);
        assertRefused("garbage.txt", garbage, LetterReader.NOT_A_LETTER_FILE);
        assertRefused("short.txt", "复函\n\n  \n".getBytes(StandardCharsets.UTF_8), "没有可读的文字");
        assertRefused("page.html", "<html><body><script>var a = '很长的一段脚本文字内容';</script>&nbsp;</body></html>"
                .getBytes(StandardCharsets.UTF_8), "没有可读的文字");
        byte[] controls = new byte[4000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }
        assertRefused("controls.txt", controls, LetterReader.NOT_A_LETTER_FILE);
    }

    @Test
    void refusesA50MegabyteFileByItsSizeBeforeReadingIt() {
        byte[] large = new byte[50 * 1024 * 1024];
        byte[] line = corpus("002.txt").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + line.length <= large.length; i += line.length) {
            System.arraycopy(line, 0, large, i, line.length);
        }

        long start = System.nanoTime();
        assertRefused("large.txt", large, "文件过大（50 MB），超过上限 20 MB");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
    }

    @Test
    void refusesOldWordAndOtherFormatsNamingTheType() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            ole2.writeFilesystem(doc);
        }
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);

        assertRefused("old.doc", doc.toByteArray(),
                "不支持的文件格式（application/msword，旧版 Word .doc）：请另存为 .docx 后再上传");
        assertRefused("scan.png", png.toByteArray(), "不支持的文件格式（image/png）");
        assertRefused("x.rtf", "{\\rtf1\\ansi 关于第14号提案的复函 子交函〔2023〕34号}".getBytes(StandardCharsets.UTF_8),
                "不支持的文件格式（application/rtf）");
    }

    @Test
    void refusesAZipArchiveOrAnOfdGivenAsOneLetter() throws IOException {
        byte[] zip = LetterArchivesTests.zip(StandardCharsets.UTF_8, "002.txt",
                corpus("002.txt").getBytes(StandardCharsets.UTF_8));

        assertRefused("letters.zip", zip, "这是 ZIP 压缩包，不是单个文件：请上传其中的文件，或以 .zip 批量上传");
        assertRefused("letter.ofd", LetterArchivesTests.zip(StandardCharsets.UTF_8, "OFD.xml", new byte[20],
                "Doc_0/Document.xml", new byte[20]), "不支持的文件格式（OFD 版式文件）：请另存为 PDF 后再上传");
    }

    @Test
    void configuredMaximumSize() {
        LetterReader small = new LetterReader(new ArchiveSettings(org.springframework.util.unit.DataSize.ofKilobytes(1),
                10, org.springframework.util.unit.DataSize.ofMegabytes(1)));

        assertThatThrownBy(() -> small.read("a.txt", corpus("000_aef254c2c95ce4c2.txt")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableLetter.class).hasMessageStartingWith("文件过大（")
                .hasMessageEndingWith("超过上限 1.0 KB");
    }

    private void assertRefused(String file, byte[] content, String reason) {
        assertThatThrownBy(() -> reader.read(file, content)).isInstanceOf(UnreadableLetter.class)
                .hasMessage(reason);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
