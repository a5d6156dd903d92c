package cn.jianyi.documents.ofd.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

import cn.jianyi.documents.ofd.OfdDocument;

/**
 * Writes an {@link OfdDocument} with ofdrw's layout: each page a canvas on which the PDF's paths and glyph runs are
 * drawn at their laid-out positions, then the exact advances written over ofdrw's (ADR 0017, "One layout").
 */
final class OfdrwWriter {

    /**
     * Writes the pages as an OFD document; every text object keeps its exact glyph positions. OFD.xml and
     * Document.xml are then put in the standard's form, with the document's metadata ({@link OfdStandardXml}).
     */
    byte[] write(OfdDocument document) throws IOException {
        Map<String, Font> fonts = new HashMap<>();
        document.fonts().forEach((name, file) -> fonts.put(name, new Font(name, name, file)));
        var out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            for (OfdDocument.Page page : document.pages()) {
                var layout = new PageLayout(page.width(), page.height());
                layout.setMargin(0d);
                doc.setDefaultPageLayout(layout);
                var virtualPage = new VirtualPage(layout);
                var canvas = new Canvas(0d, 0d, page.width(), page.height());
                canvas.setDrawer(ctx -> draw(ctx, canvas, page, fonts));
                virtualPage.add(canvas);
                doc.addVPage(virtualPage);
            }
        }
        return OfdStandardXml.afterWriting(out.toByteArray(), document.info());
    }

    private static void draw(DrawContext ctx, Canvas canvas, OfdDocument.Page page, Map<String, Font> fonts)
            throws IOException {
        for (OfdDocument.Shape shape : page.shapes()) {
            int[] rgb = rgb(shape.rgb());
            ctx.beginPath();
            for (List<double[]> subPath : shape.subPaths()) {
                ctx.moveTo(subPath.get(0)[0], subPath.get(0)[1]);
                for (int i = 1; i < subPath.size(); i++) {
                    ctx.lineTo(subPath.get(i)[0], subPath.get(i)[1]);
                }
                if (shape.fill()) {
                    ctx.closePath();
                }
            }
            if (shape.fill()) {
                ctx.setFillColor(rgb[0], rgb[1], rgb[2]);
                ctx.fill();
            } else {
                ctx.setStrokeColor(rgb[0], rgb[1], rgb[2]);
                ctx.setLineWidth(shape.lineWidth());
                ctx.stroke();
            }
        }
        List<double[]> advances = new ArrayList<>();
        for (OfdDocument.Text text : page.texts()) {
            Font font = fonts.get(text.font());
            if (font == null) {
                throw new IllegalArgumentException("No font file for " + text.font());
            }
            int[] rgb = rgb(text.rgb());
            ctx.setFillColor(rgb[0], rgb[1], rgb[2]);
            drawRun(ctx, new FontSetting(text.size(), font), text, advances);
        }
        exactAdvances(canvas.getPreferBlock(), advances);
    }

    /**
     * Draws a run of glyphs at its laid-out positions: one text object per stretch between blanks. ofdrw computes
     * each advance from the font's width plus a letter spacing it keeps non-negative, which cannot reproduce the
     * letter's tightened 28-per-line pitch; so the exact advances are recorded here and written over ofdrw's once the
     * page is drawn ({@link #exactAdvances}).
     */
    private static void drawRun(DrawContext ctx, FontSetting setting, OfdDocument.Text text, List<double[]> advances)
            throws IOException {
        int[] codePoints = text.text().codePoints().toArray();
        double[] x = new double[codePoints.length];
        x[0] = text.x();
        for (int i = 1; i < codePoints.length; i++) {
            x[i] = x[i - 1] + (i - 1 < text.deltaX().length ? text.deltaX()[i - 1] : 0);
        }
        ctx.setFont(setting);
        int i = 0;
        while (i < codePoints.length) {
            if (Character.isWhitespace(codePoints[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < codePoints.length && !Character.isWhitespace(codePoints[j])) {
                j++;
            }
            ctx.fillText(new String(codePoints, i, j - i), x[i], text.y());
            double[] stretch = new double[j - i - 1];
            for (int k = 0; k < stretch.length; k++) {
                stretch[k] = x[i + k + 1] - x[i + k];
            }
            advances.add(stretch);
            i = j;
        }
    }

    /** Writes the recorded advances over the DeltaX ofdrw computed, text object by text object, in drawing order. */
    private static void exactAdvances(CT_PageBlock block, List<double[]> advances) {
        int next = 0;
        for (PageBlockType object : block.getPageBlocks()) {
            if (!(object instanceof TextObject text)) {
                continue;
            }
            if (next >= advances.size()) {
                throw new IllegalStateException("More text objects on the page than glyph runs drawn");
            }
            double[] advance = advances.get(next++);
            TextCode code = text.getTextCodes().get(0);
            if (advance.length == 0) {
                code.removeAttr("DeltaX");
            } else {
                code.setDeltaX(Arrays.stream(advance).boxed().toArray(Double[]::new));
            }
        }
        if (next != advances.size()) {
            throw new IllegalStateException("Glyph runs drawn but not found on the page: " + (advances.size() - next));
        }
    }

    private static int[] rgb(int rgb) {
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }
}
