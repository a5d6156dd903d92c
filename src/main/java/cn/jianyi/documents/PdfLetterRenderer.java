package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.jianyi.handling.ReplyLetter;

/**
 * Renders a reply letter as PDF in 信函格式 with openhtmltopdf: the print layout is an XHTML template
 * ({@code templates/documents/letter-pdf.xhtml}, processed in XML mode so the renderer gets well-formed input), fonts
 * are embedded and subset, and characters missing from a face come from the fallback font.
 */
@Component
public class PdfLetterRenderer {

    static {
        OpenHtmlToPdfLogging.install();
    }

    private final DocumentFonts fonts;
    private final SpringTemplateEngine templates;

    private final ClassMarkPosition classMark;

    PdfLetterRenderer(DocumentFonts fonts,
                      @Value("${jianyi.documents.class-mark-position:BELOW_NUMBER}") ClassMarkPosition classMark) {
        this.fonts = fonts;
        this.classMark = classMark;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    /** The XHTML the PDF is laid out from (also what tests and previews can read). */
    public String xhtml(ReplyLetter letter) {
        var context = new Context();
        context.setVariable("letter", letter);
        context.setVariable("classMark", classMark);
        context.setVariable("cornerMarkCss", cornerMarkCss(letter));
        return templates.process("letter-pdf", context);
    }

    /** For a class mark in a corner: a margin box of the first page, just above the letterhead. */
    private String cornerMarkCss(ReplyLetter letter) {
        if (letter.classification() == null || !classMark.inCorner()) {
            return null;
        }
        String box = classMark == ClassMarkPosition.TOP_LEFT ? "top-left" : "top-right";
        String align = classMark == ClassMarkPosition.TOP_LEFT ? "left" : "right";
        // the class code is a short code of the rule set (A, 甲 …): nothing to escape in a CSS string
        return "@page :first { @" + box + " { content: \"分类：" + letter.classification() + "\"; "
                + "font-family: 'FangSong', 'Fallback'; font-size: 16pt; text-align: " + align + "; "
                + "vertical-align: bottom; padding-bottom: 6mm; } }";
    }

    public byte[] render(ReplyLetter letter) {
        String xhtml = xhtml(letter);
        try {
            return fonts.withFontSet(set -> render(xhtml, set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] render(String xhtml, DocumentFonts.FontSet fonts) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (var face : fonts.faces().entrySet()) {
                // the parsed font is reused; the document embeds only the subset it draws
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, face.getValue(), true)),
                        face.getKey().family(), 400, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
