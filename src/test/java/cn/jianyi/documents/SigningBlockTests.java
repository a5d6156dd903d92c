package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * The signing block of a sealed letter measured against GB/T 9704-2012 §7.3.5.1, within 1 mm, in the PDF (glyph
 * positions read with PDFBox's text stripper) and in the OFD (TextCode positions and the StampAnnot Boundary read from
 * the package's XML): the date 右空四字, the unit centred over it, the seal centred on both and pressing them, its
 * top within one line below the attachment note, nothing else under it. On the reference letter, a letter of some 30
 * pages, and a letter whose signing block would fall across a page break; each rendered once.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningBlockTests {

    private static final double MM_PER_PT = 25.4 / 72;
    private static final String ATTACHMENT = "附件：人大代表建议办理情况征询意见表";
    /** The right edge of the type area: 210 mm − 26 mm. */
    private static final double RIGHT_EDGE = 184;
    private static final double LINE = 225.0 / 22;
    private static final double CHAR = 156.0 / 28;

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired PdfLetterRenderer pdfRenderer;
    @Autowired OfdLetterRenderer ofdRenderer;
    @Autowired cn.jianyi.documents.ofd.OfdEngine engine;
    @Autowired UnitSeals seals;

    private ReplyLetter reference;
    private final Map<String, Rendered> rendered = new TreeMap<>();

    /**
     * A letter's PDF (its lines, and the place the seal box has on it) and sealed OFD (its lines and StampAnnot).
     */
    record Rendered(ReplyLetter letter, byte[] pdf, List<Line> pdfLines, Seal pdfPlace, List<Line> ofdLines,
                    Seal stamp) {
    }

    /** A line of text on a page, in millimetres from the page's top left: its baseline, left and right edges. */
    record Line(int page, String text, double baseline, double left, double right, double size) {

        double centre() {
            return (left + right) / 2;
        }
    }

    /** The seal's box on a page, in millimetres. */
    record Seal(int page, double x, double y, double width, double height) {

        double centreX() {
            return x + width / 2;
        }

        double bottom() {
            return y + height;
        }

        boolean covers(Line line) {
            return line.page() == page && line.right() > x && line.left() < x + width
                    && line.baseline() > y && line.baseline() - line.size() < bottom();
        }
    }

    @BeforeAll
    void render() throws IOException {
        reference = ReferenceLetters.reference(demo, replyQueries, letters);
        rendered.put("reference", render(reference));
        rendered.put("30 pages", render(ReferenceLetters.withBody(reference, ReferenceLetters.longBody("犇"))));
        rendered.put("page break", render(ReferenceLetters.withBody(reference, pageBreakBody())));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "signing-page-break.pdf"), rendered.get("page break").pdf());
    }

    /** Renders the letter once and reads both files once. */
    private Rendered render(ReplyLetter letter) throws IOException {
        byte[] pdf = pdfRenderer.render(letter);
        byte[] ofd = ofdRenderer.render(letter, pdf);
        Seal place;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = SigningBlock.sealOver(PdfPageLayout.read(document), letter.unitFullName(),
                    letter.signedOnText()).orElseThrow();
            place = new Seal(box.page(), box.x(), box.y(), box.width(), box.height());
        }
        return new Rendered(letter, pdf, pdfLines(pdf), place, ofdLines(ofd), stampAnnot(ofd));
    }

    @Test
    @DisplayName("成文日期右空四字，发文机关署名以成文日期为准居中（PDF 与 OFD，误差 1 毫米内）")
    void dateFourCharactersFromTheRightAndUnitCentredOverIt() {
        for (var entry : rendered.entrySet()) {
            for (List<Line> lines : List.of(entry.getValue().pdfLines(), entry.getValue().ofdLines())) {
                Line date = find(lines, entry.getValue().letter().signedOnText());
                Line unit = unitAbove(lines, date);
                assertThat(RIGHT_EDGE - date.right()).as(entry.getKey() + ": 右空四字").isCloseTo(4 * CHAR, within(1.0));
                assertThat(unit.centre()).as(entry.getKey() + ": unit centred over the date")
                        .isCloseTo(date.centre(), within(1.0));
                assertThat(date.baseline() - unit.baseline()).as(entry.getKey() + ": the date the line below")
                        .isCloseTo(LINE, within(0.5));
            }
        }
    }

    @Test
    @DisplayName("印章居中下压署名和日期，顶端上距附件说明一行之内，其下无其他文字")
    void theSealPressesUnitAndDateWithinOneLineOfTheAttachmentNote() {
        for (var entry : rendered.entrySet()) {
            String name = entry.getKey();
            List<Line> lines = entry.getValue().ofdLines();
            Seal seal = entry.getValue().stamp();
            Line date = find(lines, entry.getValue().letter().signedOnText());
            Line unit = unitAbove(lines, date);
            Line attachment = find(lines, ATTACHMENT);

            assertThat(seal.width()).as(name + ": a 42 mm seal").isCloseTo(42, within(0.01));
            assertThat(seal.height()).isCloseTo(42, within(0.01));
            assertThat(seal.page()).as(name + ": on the date's page").isEqualTo(date.page());
            assertThat(attachment.page()).as(name + ": the attachment note on the same page").isEqualTo(date.page());
            assertThat(seal.centreX()).as(name + ": centred on the date").isCloseTo(date.centre(), within(1.0));
            assertThat(seal.centreX()).as(name + ": centred on the unit").isCloseTo(unit.centre(), within(1.0));
            assertThat(seal.covers(unit)).as(name + ": presses the unit").isTrue();
            assertThat(seal.covers(date)).as(name + ": presses the date").isTrue();
            assertThat(seal.y()).as(name + ": above the unit's characters").isLessThan(unit.baseline() - unit.size());
            assertThat(seal.y() + seal.height() / 2).as(name + ": unit and date below the seal's centre (偏下)")
                    .isLessThan(unit.baseline() - 0.8 * unit.size());
            assertThat(seal.bottom()).as(name + ": reaching the date's characters")
                    .isGreaterThan(date.baseline() - date.size() / 2);
            double belowNote = seal.y() - attachment.baseline();
            assertThat(belowNote).as(name + ": top below the attachment note's characters").isGreaterThan(0);
            assertThat(belowNote).as(name + ": top within one line of the attachment note")
                    .isLessThanOrEqualTo(LINE + 1.0);
            assertThat(lines).as(name + ": nothing else under the seal")
                    .filteredOn(seal::covers).extracting(Line::text)
                    .allMatch(text -> text.equals(unit.text()) || text.equals(date.text()));
        }
    }

    @Test
    @DisplayName("印章按印章文件所载尺寸加盖（如 45 毫米），仍居中下压署名和日期；尺寸不可读或不合常理时按 42 毫米")
    void aSealIsDrawnAtTheSizeItsFileStates() throws Exception {
        var key = engine.makeSeal(reference.unitFullName(), seals.demoPicture(reference.unitFullName()), 45, 45);
        assertThat(SealPictureSize.of(key.seal())).contains(new SealPictureSize(45, 45));
        assertThat(SealPictureSize.of("not a seal".getBytes(StandardCharsets.UTF_8))).isEmpty();
        var tiny = engine.makeSeal(reference.unitFullName(), seals.demoPicture(reference.unitFullName()), 4, 4);
        assertThat(SealPictureSize.of(tiny.seal())).as("4 mm is a maker's slip (cm for mm)").isEmpty();

        Rendered at42 = rendered.get("reference");
        try (PDDocument document = Loader.loadPDF(at42.pdf())) {
            var box = SigningBlock.sealOver(PdfPageLayout.read(document), reference.unitFullName(),
                    reference.signedOnText(), new SealPictureSize(45, 45)).orElseThrow();
            Seal seal = new Seal(box.page(), box.x(), box.y(), box.width(), box.height());
            assertThat(seal.width()).isEqualTo(45);
            assertThat(seal.centreX()).isCloseTo(at42.stamp().centreX(), within(0.01));
            assertThat(seal.y() + seal.height() / 2).isCloseTo(at42.stamp().y() + 21, within(0.01));
            Line date = find(at42.pdfLines(), reference.signedOnText());
            Line attachment = find(at42.pdfLines(), ATTACHMENT);
            assertThat(seal.covers(unitAbove(at42.pdfLines(), date))).isTrue();
            assertThat(seal.covers(date)).isTrue();
            assertThat(seal.y() - attachment.baseline()).as("top below the note, within one line of it")
                    .isGreaterThan(0).isLessThanOrEqualTo(LINE + 1.0);
        }
    }

    @Test
    @DisplayName("PDF 在同一位置为印章留出空白：与 OFD 的签章位置一致，其下只有署名和日期")
    void thePdfKeepsThePlaceTheOfdSeals() {
        for (var entry : rendered.entrySet()) {
            Seal ofdSeal = entry.getValue().stamp();
            Seal pdfPlace = entry.getValue().pdfPlace();
            var letter = entry.getValue().letter();
            assertThat(pdfPlace.page()).isEqualTo(ofdSeal.page());
            assertThat(pdfPlace.x()).as(entry.getKey()).isCloseTo(ofdSeal.x(), within(0.01));
            assertThat(pdfPlace.y()).as(entry.getKey()).isCloseTo(ofdSeal.y(), within(0.01));
            List<Line> lines = entry.getValue().pdfLines();
            Line date = find(lines, letter.signedOnText());
            Line unit = unitAbove(lines, date);
            assertThat(lines).as(entry.getKey() + ": only the unit and the date where the seal goes")
                    .filteredOn(pdfPlace::covers).extracting(Line::text)
                    .containsExactlyInAnyOrder(unit.text(), date.text());
        }
    }

    @Test
    @DisplayName("落款遇分页时，附件说明与署名、日期同在一页；长单位名称不越出版心右边")
    void aPageBreakKeepsTheNoteWithTheBlockAndLongNamesStayInside() throws IOException {
        List<Line> lines = rendered.get("page break").pdfLines();
        Line attachment = find(lines, ATTACHMENT);
        assertThat(lines.stream().filter(l -> l.page() == attachment.page()).findFirst().orElseThrow().text())
                .as("the signing block did fall at a page break and took the attachment note along")
                .isEqualTo(ATTACHMENT);

        String longName = "国家税务总局南昌市新建区税务局第一税务分局";
        var letter = ReferenceLetters.withUnit(reference, longName);
        List<Line> longLines = pdfLines(pdfRenderer.render(letter));
        Line date = find(longLines, letter.signedOnText());
        Line unit = unitAbove(longLines, date);
        assertThat(unit.text()).isEqualTo(longName);
        assertThat(unit.right()).as("inside the type area").isLessThanOrEqualTo(RIGHT_EDGE + 0.5);
        assertThat(unit.centre()).as("still centred over the date").isCloseTo(date.centre(), within(1.0));
        assertThat(RIGHT_EDGE - date.right()).as("the date moved left, not the unit off centre")
                .isGreaterThan(4 * CHAR);
    }

    // --- letters ------------------------------------------------------------------------------------------------

    /**
     * The reference body and one-line paragraphs after it, enough to bring the attachment note near the foot of a
     * page so that the unit and date would not fit below it.
     */
    private List<ReplyLetter.Paragraph> pageBreakBody() {
        var body = new ArrayList<>(reference.paragraphs());
        for (int i = 0; i < 17; i++) {
            body.add(new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.TEXT, "我委将持续跟踪落实。"));
        }
        return body;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    private static Line find(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No line reads " + text + " in " + lines));
    }

    /** The line just above the date on its page: the signing unit. */
    private static Line unitAbove(List<Line> lines, Line date) {
        return lines.stream().filter(l -> l.page() == date.page()).filter(l -> l.baseline() < date.baseline() - 1)
                .reduce((first, second) -> second).orElseThrow();
    }

    /** The PDF's lines with positions, read by PDFBox's text stripper; lines in page order, top to bottom. */
    private static List<Line> pdfLines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<TextPosition> glyphs = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
                    if (glyphs.isEmpty()) {
                        return;
                    }
                    var b = new StringBuilder();
                    glyphs.forEach(g -> b.append(g.getUnicode()));
                    TextPosition first = glyphs.get(0);
                    TextPosition last = glyphs.get(glyphs.size() - 1);
                    lines.add(new Line(getCurrentPageNo(), b.toString(), first.getYDirAdj() * MM_PER_PT,
                            first.getXDirAdj() * MM_PER_PT,
                            (last.getXDirAdj() + last.getWidthDirAdj()) * MM_PER_PT,
                            first.getFontSizeInPt() * MM_PER_PT));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return lines;
    }

    private static final Pattern TEXT_OBJECT = Pattern.compile(
            "<ofd:TextObject\\b[^>]*?Size=\"([0-9.]+)\"[^>]*>.*?<ofd:TextCode\\b([^>]*)>([^<]*)</ofd:TextCode>",
            Pattern.DOTALL);

    /**
     * The OFD's lines, read from each page's Content.xml: a line is the text objects sharing a baseline, from the
     * first one's X to the last one's last glyph (its origin by DeltaX, plus one em). Pages in Document.xml's order.
     */
    private static List<Line> ofdLines(byte[] ofd) throws IOException {
        Map<String, byte[]> entries = OfdPackage.unzip(ofd);
        List<String> pages = pageLocations(entries);
        List<Line> lines = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            String xml = new String(entries.get(pages.get(page)), StandardCharsets.UTF_8);
            List<Line> objects = new ArrayList<>();
            Matcher m = TEXT_OBJECT.matcher(xml);
            while (m.find()) {
                double size = Double.parseDouble(m.group(1));
                String attributes = m.group(2);
                double x = attribute(attributes, "X");
                double y = attribute(attributes, "Y");
                double end = x;
                Matcher delta = Pattern.compile("DeltaX=\"([^\"]*)\"").matcher(attributes);
                if (delta.find()) {
                    for (String d : delta.group(1).trim().split("\\s+")) {
                        end += Double.parseDouble(d);
                    }
                }
                objects.add(new Line(page + 1, unescape(m.group(3)), y, x, end + size, size));
            }
            objects.sort((a, b) -> a.baseline() != b.baseline() ? Double.compare(a.baseline(), b.baseline())
                    : Double.compare(a.left(), b.left()));
            Line current = null;
            for (Line object : objects) {
                if (current != null && Math.abs(current.baseline() - object.baseline()) < 0.01
                        && Math.abs(current.size() - object.size()) < 0.01) {
                    current = new Line(current.page(), current.text() + object.text(), current.baseline(),
                            current.left(), object.right(), current.size());
                } else {
                    if (current != null) {
                        lines.add(current);
                    }
                    current = object;
                }
            }
            if (current != null) {
                lines.add(current);
            }
        }
        return lines;
    }

    /** The seal's StampAnnot: its Boundary, on the page its PageRef names. */
    private static Seal stampAnnot(byte[] ofd) throws IOException {
        Map<String, byte[]> entries = OfdPackage.unzip(ofd);
        String signature = entries.entrySet().stream().filter(e -> e.getKey().endsWith("Signature.xml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new AssertionError("The OFD is not sealed"));
        Matcher annot = Pattern.compile("<ofd:StampAnnot\\b([^>]*)/?>").matcher(signature);
        assertThat(annot.find()).as("a StampAnnot").isTrue();
        String[] box = Pattern.compile("Boundary=\"([^\"]+)\"").matcher(annot.group(1)).results().findFirst()
                .orElseThrow().group(1).trim().split("\\s+");
        String pageRef = Pattern.compile("PageRef=\"([^\"]+)\"").matcher(annot.group(1)).results().findFirst()
                .orElseThrow().group(1);
        Matcher pages = Pattern.compile("<ofd:Page\\b[^>]*?ID=\"([^\"]+)\"")
                .matcher(new String(entries.get("Doc_0/Document.xml"), StandardCharsets.UTF_8));
        int page = 0;
        for (int i = 1; pages.find(); i++) {
            if (pages.group(1).equals(pageRef)) {
                page = i;
            }
        }
        assertThat(page).as("the page the StampAnnot refers to").isPositive();
        return new Seal(page, Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
                Double.parseDouble(box[3]));
    }

    /** The pages' Content.xml entries in Document.xml's order. */
    private static List<String> pageLocations(Map<String, byte[]> entries) {
        String document = new String(entries.get("Doc_0/Document.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<ofd:Page\\b[^>]*?BaseLoc=\"([^\"]+)\"").matcher(document);
        List<String> pages = new ArrayList<>();
        while (m.find()) {
            String location = m.group(1).startsWith("/") ? m.group(1).substring(1) : "Doc_0/" + m.group(1);
            pages.add(location);
        }
        return pages;
    }

    private static double attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([-0-9.]+)\"").matcher(attributes);
        if (!m.find()) {
            throw new AssertionError("No " + name + " in " + attributes);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

}
