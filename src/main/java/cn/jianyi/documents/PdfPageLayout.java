package cn.jianyi.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import cn.jianyi.documents.ofd.OfdDocument;

/**
 * Reads back what a PDF page draws — every glyph with its font, size, colour and position, every filled or stroked
 * straight-line path — as the fixed layout the OFD is written from. The letter is laid out once (for the PDF); the
 * OFD repeats that layout exactly instead of laying it out a second time.
 */
final class PdfPageLayout extends PDFGraphicsStreamEngine {

    private static final double MM_PER_PT = 25.4 / 72;

    private final double pageHeightPt;
    private final List<OfdDocument.Text> texts = new ArrayList<>();
    private final List<OfdDocument.Shape> shapes = new ArrayList<>();
    /** Code points used per font (base name without the subset prefix). */
    private final Map<String, Set<Integer>> usedCodePoints;
    private final List<List<double[]>> path = new ArrayList<>();
    private List<double[]> subPath;
    private Point2D current = new Point2D.Float();

    private Run run;

    private PdfPageLayout(PDPage page, Map<String, Set<Integer>> usedCodePoints) {
        super(page);
        this.pageHeightPt = page.getMediaBox().getHeight();
        this.usedCodePoints = usedCodePoints;
    }

    /** The pages of the PDF, and per font the code points drawn in it. */
    record Layout(List<OfdDocument.Page> pages, Map<String, Set<Integer>> codePoints) {
    }

    static Layout read(PDDocument pdf) throws IOException {
        Map<String, Set<Integer>> used = new LinkedHashMap<>();
        List<OfdDocument.Page> pages = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            var reader = new PdfPageLayout(page, used);
            reader.processPage(page);
            reader.endRun();
            pages.add(new OfdDocument.Page(mm(page.getMediaBox().getWidth()), mm(page.getMediaBox().getHeight()),
                    List.copyOf(reader.texts), List.copyOf(reader.shapes)));
        }
        return new Layout(pages, used);
    }

    /** The font's name without the six-letter subset tag (ABCDEF+FandolFang-Regular → FandolFang-Regular). */
    static String baseName(PDFont font) {
        String name = font.getName();
        return name != null && name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name;
    }

    private static double mm(double points) {
        return points * MM_PER_PT;
    }

    // --- text ---------------------------------------------------------------------------------------------------

    /** Glyphs on one baseline in one font, size and colour, gathered into one text of the OFD. */
    private static final class Run {
        final String font;
        final double size;
        final int rgb;
        final double y;
        final double x;
        final StringBuilder text = new StringBuilder();
        final List<Double> origins = new ArrayList<>();

        Run(String font, double size, int rgb, double x, double y) {
            this.font = font;
            this.size = size;
            this.rgb = rgb;
            this.x = x;
            this.y = y;
        }

        boolean continues(String font, double size, int rgb, double y) {
            return this.font.equals(font) && Math.abs(this.size - size) < 0.01 && this.rgb == rgb
                    && Math.abs(this.y - y) < 0.01;
        }
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        String name = baseName(font);
        double size = mm(matrix.getScalingFactorY());
        double x = mm(matrix.getTranslateX());
        double y = mm(pageHeightPt - matrix.getTranslateY());
        int rgb = getGraphicsState().getNonStrokingColor().toRGB();
        if (run == null || !run.continues(name, size, rgb, y)) {
            endRun();
            run = new Run(name, size, rgb, x, y);
        }
        run.text.append(unicode);
        run.origins.add(x);
        Set<Integer> codePoints = usedCodePoints.computeIfAbsent(name, any -> new TreeSet<>());
        unicode.codePoints().forEach(codePoints::add);
    }

    private void endRun() {
        if (run == null) {
            return;
        }
        double[] deltaX = new double[run.origins.size() - 1];
        for (int i = 0; i < deltaX.length; i++) {
            deltaX[i] = run.origins.get(i + 1) - run.origins.get(i);
        }
        texts.add(new OfdDocument.Text(run.font, run.size, run.rgb, run.x, run.y, run.text.toString(), deltaX));
        run = null;
    }

    // --- paths --------------------------------------------------------------------------------------------------

    private double[] point(double xPt, double yPt) {
        return new double[] {mm(xPt), mm(pageHeightPt - yPt)};
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new ArrayList<>(List.of(point(p0.getX(), p0.getY()), point(p1.getX(), p1.getY()),
                point(p2.getX(), p2.getY()), point(p3.getX(), p3.getY()))));
        subPath = null;
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        subPath = new ArrayList<>();
        subPath.add(point(x, y));
        path.add(subPath);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subPath == null) {
            moveTo((float) current.getX(), (float) current.getY());
        }
        subPath.add(point(x, y));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3);  // the letter draws no curves; keep the end point should one appear
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        subPath = null;
    }

    @Override
    public void endPath() {
        path.clear();
        subPath = null;
    }

    @Override
    public void strokePath() throws IOException {
        double width = getGraphicsState().getLineWidth()
                * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
        emit(false, mm(width), getGraphicsState().getStrokingColor().toRGB());
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        emit(true, 0, getGraphicsState().getNonStrokingColor().toRGB());
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        List<List<double[]>> copy = List.copyOf(path);
        fillPath(windingRule);
        path.addAll(copy);
        strokePath();
    }

    private void emit(boolean fill, double width, int rgb) {
        List<List<double[]>> subPaths = path.stream().filter(p -> p.size() > 1).map(List::copyOf).toList();
        if (!subPaths.isEmpty()) {
            shapes.add(new OfdDocument.Shape(subPaths, fill, width, rgb));
        }
        path.clear();
        subPath = null;
    }

    @Override
    public void drawImage(PDImage image) {
        // the letter has no images
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; the path that follows starts afresh
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // the letter has no shadings
    }
}
