package cn.jianyi.documents.ofd;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fixed-layout document as the OFD engine draws it; all lengths in millimetres, y downwards from the page's top.
 *
 * @param fonts each font name used by the texts, with the (subset) TrueType file to embed
 */
public record OfdDocument(List<Page> pages, Map<String, Path> fonts) {

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
