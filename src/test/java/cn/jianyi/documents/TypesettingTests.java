package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.TypesettingAdvice;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * Characters the official faces lack: a rare character is drawn by the fallback face and an emoji by the symbol face,
 * both named in a warning beside the draft; a character no font has is named as coming out blank.
 */
@Tag("rendering")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypesettingTests {

    static final String RARE = "𠀋";       // CJK Extension B: not in the Fandol faces, in LXGW WenKai
    static final String EMOJI = "😀";
    static final String NOWHERE = "\uE000"; // private use: in no font

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ReplyLetters letters;
    @Autowired TypesettingAdvice advice;
    @Autowired PdfLetterRenderer pdf;
    @Autowired OfdLetterRenderer ofd;
    @Autowired cn.jianyi.documents.ofd.OfdReading engine;

    private TestWorld world;
    private long assigned;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        assigned = world.assigned(1);
    }

    private ReplyLetter draftSaying(String text) {
        return letters.preview(assigned, world.health.id(), world.content(assigned, text));
    }

    @Test
    @DisplayName("生僻字、表情符号、无字形字符各有一条提示；正常文字没有提示")
    void warnsPerKindOfCharacter() {
        assertThat(advice.warnings(draftSaying("经研究，现答复如下。"))).isEmpty();

        List<String> warnings = advice.warnings(draftSaying("关于" + RARE + "村道路的问题" + EMOJI + "，另" + NOWHERE));

        assertThat(warnings).containsExactly(
                "以下字符在公文字体中没有，将以备用字体显示，请核对字形：" + RARE,
                "以下表情符号或特殊符号不宜用于公文，将以黑白符号显示：" + EMOJI,
                "以下字符任何字体都无法显示，打印时将为空白，请改用文字：" + NOWHERE);
    }

    @Test
    @DisplayName("PDF 与 OFD 中生僻字由备用字体、表情符号由符号字体画出，文字可复制")
    void fallbackFacesDrawThem() throws IOException {
        ReplyLetter letter = draftSaying("关于" + RARE + "村道路的问题" + EMOJI + "。");
        byte[] bytes = pdf.render(letter);
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains(RARE + "村道路的问题" + EMOJI);
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(PdfPageLayout.baseName(font));
                }
            }
            assertThat(fonts).contains("FandolFang-Regular", "LXGWWenKai-Regular", "Symbola");
        }
        assertThat(String.join("", engine.pageTexts(ofd.render(letter)))).contains(RARE + "村道路的问题" + EMOJI);
    }

    @Test
    @DisplayName("拟稿页面的预览在答复函上方显示排版提示")
    void thePreviewShowsTheWarnings() {
        WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        HttpResponse<String> preview = handler.post("/suggestions/" + assigned + "/reply/preview",
                List.of("title", "关于第1号建议的答复", "body", "您好" + EMOJI, "classification", "A"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("排版提示").contains("将以黑白符号显示：" + EMOJI);
    }
}
