package cn.jianyi.documents;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.beans.factory.BeanFactory;

import cn.jianyi.handling.ReplyLetter;

/**
 * The formats a reply letter is rendered in, each with its file extension, media type and renderer. A new format
 * (OFD) is one more constant here: {@link LetterDocuments} and the meeting ZIP pick it up.
 */
public enum LetterFormat {

    PDF("pdf", "application/pdf", renderedBy(PdfLetterRenderer.class, PdfLetterRenderer::render)),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            renderedBy(DocxLetterRenderer.class, DocxLetterRenderer::render)),
    OFD("ofd", "application/ofd", renderedBy(OfdLetterRenderer.class, OfdLetterRenderer::render));

    private final String extension;
    private final String mediaType;
    private final Renderer<?> renderer;

    LetterFormat(String extension, String mediaType, Renderer<?> renderer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.renderer = renderer;
    }

    /** Without the dot: {@code pdf}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The rendering function with its renderer bean looked up once. */
    Function<ReplyLetter, byte[]> bind(BeanFactory beans) {
        return renderer.bind(beans);
    }

    private static <R> Renderer<R> renderedBy(Class<R> type, BiFunction<R, ReplyLetter, byte[]> render) {
        return new Renderer<>(type, render);
    }

    private record Renderer<R>(Class<R> type, BiFunction<R, ReplyLetter, byte[]> render) {

        Function<ReplyLetter, byte[]> bind(BeanFactory beans) {
            R bean = beans.getBean(type);
            return letter -> render.apply(bean, letter);
        }
    }
}
