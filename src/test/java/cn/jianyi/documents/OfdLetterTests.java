package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdReading;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.ReferenceDocument;

/**
 * The OFD reply letter of the demo's reference case, opened again: its text reads like the reference document, its
 * fonts are embedded as subsets, it carries the unit's SM2 seal which verifies, and any change to a signed file is
 * detected. Also checks that the OFD library runs on its own BouncyCastle, out of the application's sight.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfdLetterTests {

    static final String UNIT = "南昌市新建区卫生健康委员会";

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired OfdLetterRenderer renderer;
    @Autowired PdfLetterRenderer pdf;
    @Autowired OfdEngine engine;
    @Autowired OfdReading reading;
    @Autowired UnitSeals seals;

    private ReplyLetter letter;
    private byte[] ofd;
    private Map<String, byte[]> entries;
    /** Some 30 pages whose paragraphs open with a character the official faces lack (the fallback face draws it). */
    private Map<String, byte[]> longEntries;

    @BeforeAll
    void render() throws IOException {
        letter = ReferenceLetters.reference(demo, replyQueries, letters);
        ofd = renderer.render(letter);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "reply-43.ofd"), ofd);
        entries = OfdPackage.unzip(ofd);
        byte[] longOfd = renderer.render(ReferenceLetters.withBody(letter, ReferenceLetters.longBody("犇")));
        Files.write(Path.of("target", "reply-43-long.ofd"), longOfd);  // to look at: bin/ofd-pages
        longEntries = OfdPackage.unzip(longOfd);
    }

    @Test
    @DisplayName("OFD 的文字按顺序包含参考文件自文号至邮政编码的每一行，以及征询意见表（已勾选满意）")
    void readsLikeTheReferenceDocument() throws IOException {
        List<String> pages = reading.pageTexts(ofd);
        ReferenceDocument.assertReadAsReference(String.join("", pages));
        assertThat(pages.get(1)).contains("—2—");
    }

    @Test
    @DisplayName("OFD 嵌入的每个字体子集都通过 OpenType 字体检查（ots-sanitize），且只保留所用字形的表：参考答复与含生僻字的30页答复")
    void everyEmbeddedFontPassesTheSanitizer() throws Exception {
        assertFontsSane("the reference letter", entries, 4);
        assertFontsSane("the 30-page letter with a rare character", longEntries, 5);
        assertThat(longEntries.keySet()).as("the fallback face is embedded for the rare character")
                .anyMatch(name -> name.contains("LXGW"));
    }

    private static void assertFontsSane(String letter, Map<String, byte[]> entries, int atLeast) throws Exception {
        var fonts = entries.entrySet().stream().filter(e -> e.getKey().toLowerCase().matches(".*\\.(ttf|otf)$")).toList();
        assertThat(fonts).as(letter + ": its fonts are embedded").hasSizeGreaterThanOrEqualTo(atLeast);
        Path dir = Files.createTempDirectory("ofd-fonts");
        for (var font : fonts) {
            String name = letter + ", " + font.getKey();
            Path file = dir.resolve(Path.of(font.getKey()).getFileName().toString());
            Files.write(file, font.getValue());
            // Debian's opentype-sanitizer, which bin/test installs: the check browsers run on web fonts
            Process ots = new ProcessBuilder("ots-sanitize", file.toString(), dir.resolve("out.ttf").toString())
                    .redirectErrorStream(true).start();
            String said = new String(ots.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ots.waitFor()).as(name + ": " + said).isZero();
            assertThat(said).as(name).doesNotContain("ERROR").doesNotContain("WARNING");
            try (var parsed = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(font.getValue()))) {
                assertThat(parsed.getTableMap().keySet()).as(name + " keeps no table of the whole font's glyphs")
                        .doesNotContain("GDEF", "GPOS", "GSUB", "vhea", "vmtx");
                assertThat(parsed.getOS2Windows().getVersion()).as(name + ": OS/2 whole, as its version says")
                        .isPositive();
                assertThat(parsed.getHorizontalMetrics().getAdvanceWidth(parsed.getNumberOfGlyphs() - 1)).isPositive();
            }
        }
    }

    @Test
    @DisplayName("OFD 的每个字与 PDF 的同一个字位置相同（误差不超过 0.02 mm），分页相同")
    void everyGlyphStandsWhereThePdfHasIt() throws IOException {
        List<List<double[]>> pdfGlyphs;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.render(letter))) {
            pdfGlyphs = PdfPageLayout.read(document).pages().stream().map(page -> glyphs(page.texts())).toList();
        }
        List<List<double[]>> ofdGlyphs = reading.pageGlyphs(ofd).stream().map(OfdLetterTests::glyphs).toList();

        assertThat(ofdGlyphs).hasSameSizeAs(pdfGlyphs);
        for (int page = 0; page < pdfGlyphs.size(); page++) {
            List<double[]> expected = pdfGlyphs.get(page);
            List<double[]> actual = ofdGlyphs.get(page);
            assertThat(actual).as("glyphs on page " + (page + 1)).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)[0]).as("glyph %d on page %d", i, page + 1).isEqualTo(expected.get(i)[0]);
                assertThat(actual.get(i)[1]).isCloseTo(expected.get(i)[1], within(0.02));
                assertThat(actual.get(i)[2]).isCloseTo(expected.get(i)[2], within(0.02));
            }
        }
        // one text object per line or stretch, not per glyph
        assertThat(reading.pageGlyphs(ofd).get(0).size()).isLessThan(ofdGlyphs.get(0).size() / 4);
    }

    /** Each non-blank glyph as {code point, x, y}, in drawing order. */
    private static List<double[]> glyphs(List<OfdDocument.Text> texts) {
        List<double[]> glyphs = new java.util.ArrayList<>();
        for (OfdDocument.Text text : texts) {
            int[] codePoints = text.text().codePoints().toArray();
            double x = text.x();
            for (int i = 0; i < codePoints.length; i++) {
                if (!Character.isWhitespace(codePoints[i])) {
                    glyphs.add(new double[] {codePoints[i], x, text.y()});
                }
                if (i < text.deltaX().length) {
                    x += text.deltaX()[i];
                }
            }
        }
        return glyphs;
    }

    @Test
    @DisplayName("字体以子集嵌入（每个字体文件小于 1 MB），不引用外部字体")
    void fontsAreEmbeddedAsSubsets() {
        List<String> fonts = entries.keySet().stream().filter(name -> name.endsWith(".ttf")).toList();
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).anyMatch(name -> name.contains("FandolFang") || name.contains("仿宋"));
        for (String font : fonts) {
            assertThat(entries.get(font).length).as(font).isLessThan(1_000_000);
        }
        assertThat(ofd.length).isLessThan(2_000_000);
    }

    @Test
    @DisplayName("已签发答复的 OFD 加盖承办单位的 SM2 电子印章，验章通过")
    void theSealVerifies() {
        OfdSealCheck check = engine.verify(ofd);
        assertThat(check.signed()).isTrue();
        assertThat(check.message()).isNull();
        assertThat(check.valid()).isTrue();
        assertThat(check.sealName()).isEqualTo(UNIT);
        assertThat(entries.keySet()).anyMatch(name -> name.endsWith("SignedValue.dat"));
    }

    @Test
    @DisplayName("签章后改动页面内容，验章失败")
    void aChangedPageFailsVerification() throws IOException {
        String page = entries.keySet().stream().filter(n -> n.endsWith("Content.xml") && n.contains("Page_0"))
                .findFirst().orElseThrow();
        String xml = new String(entries.get(page), StandardCharsets.UTF_8);
        assertThat(xml).contains(">尊敬的程绮南代表：<");
        var changed = new LinkedHashMap<>(entries);
        changed.put(page, xml.replaceFirst(">尊敬的程绮南代表：<", ">尊敬的陈绮南代表：<").getBytes(StandardCharsets.UTF_8));

        OfdSealCheck check = engine.verify(OfdPackage.zip(changed));

        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).isFalse();
        assertThat(check.message()).contains("篡改");
    }

    @Test
    @DisplayName("草稿的 OFD 不盖章；未配置印章的单位没有印章")
    void draftsAndUnitsWithoutASealAreNotSealed() {
        var draft = ReferenceLetters.asDraft(letter);
        assertThat(engine.verify(renderer.render(draft)).signed()).isFalse();
        assertThat(seals.of("某某区不存在的局")).isEmpty();
    }

    @Test
    @DisplayName("OFD 引擎在独立的类加载器中使用 BouncyCastle 1.68，应用的类路径上没有它")
    void theEngineRunsInItsOwnClassLoader() throws Exception {
        ClassLoader loader = ((cn.jianyi.documents.ofd.IsolatedOfdEngine) engine).loader();
        Class<?> provider = loader.loadClass("org.bouncycastle.jce.provider.BouncyCastleProvider");
        assertThat(provider.getClassLoader()).isSameAs(loader);
        Object version = provider.getMethod("getVersionStr").invoke(provider.getDeclaredConstructor().newInstance());
        assertThat(version).isEqualTo("1.68");
        assertThatThrownBy(() -> Class.forName("org.ofdrw.layout.OFDDoc", false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }


}
