package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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

    PdfLetterRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
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
        return templates.process("letter-pdf", context);
    }

    public byte[] render(ReplyLetter letter) {
        Map<DocumentFonts.Face, Path> files = fonts.files();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (var entry : files.entrySet()) {
            builder.useFont(entry.getValue().toFile(), entry.getKey().family(), 400, FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml(letter), null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
