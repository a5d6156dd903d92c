package cn.jianyi.documents.ofd;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A fixed-layout document as the OFD engine draws it; all lengths in millimetres, y downwards from the page's top.
 *
 * @param fonts each font name used by the texts, with the (subset) TrueType file to embed
 * @param info  what OFD.xml's DocInfo says of the document, {@code null} for none beyond ofdrw's own
 */
public record OfdDocument(List<Page> pages, Map<String, Path> fonts, Info info) {

    /** A document without metadata (a probe page, a test). */
    public OfdDocument(List<Page> pages, Map<String, Path> fonts) {
        this(pages, fonts, null);
    }

    /**
     * The document's metadata (GB/T 33190-2016 表 4, DocInfo): title, issuing unit as Author, the document number
     * (文号, written as a CustomData named 文号), creation and modification dates. Any may be {@code null}.
     */
    public record Info(String title, String author, String documentNumber, LocalDate created, LocalDate modified) {
    }

    public record Page(double width, double height, List<Text> texts, List<Shape> shapes) {
    }

    /**
     * A run of glyphs on one baseline in one font, size and colour.
     *
     * @param x      the first glyph's origin
     * @param y      the baseline
     * @param deltaX the advance from each glyph to the next, one fewer than the code points of {@code text}
     */
    public record Text(String font, double size, int rgb, double x, double y, String text, double[] deltaX) {
    }

    /**
     * A path (straight segments, each sub-path a list of points) that is filled or stroked.
     *
     * @param lineWidth the stroke width, 0 for a filled shape
     */
    public record Shape(List<List<double[]>> subPaths, boolean fill, double lineWidth, int rgb) {
    }
}
