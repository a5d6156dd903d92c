package cn.jianyi.statistics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.springframework.stereotype.Component;

import cn.jianyi.documents.DocumentFonts;

/**
 * Draws the report's charts for the PDF with JFreeChart, as PNG at twice the printed size, in the documents' 黑体 so
 * that Chinese labels come out in the font the PDF embeds elsewhere (the PNG itself carries pixels, not text).
 */
@Component
class ReportCharts {

    /** Printed size in points (150 × 85 mm); drawn at {@link #SCALE} times that. */
    static final int WIDTH = 425;
    static final int HEIGHT = 241;
    static final int SCALE = 2;
    /** The colours of series and slices, in order; the DOCX's native charts use the same. */
    static final List<Integer> PALETTE = List.of(0x1F4E9C, 0xC0392B, 0x2E8B57, 0xD68910, 0x7D3C98, 0x5D6D7E, 0x148F77);

    private final DocumentFonts fonts;
    private final Map<Path, Font> loaded = new ConcurrentHashMap<>();

    ReportCharts(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The chart as a PNG data URI. */
    String dataUri(HandlingReport.Chart chart) {
        JFreeChart drawn = chart.type() == HandlingReport.Chart.Type.PIE ? pie(chart) : bar(chart);
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeScaledChartAsPNG(out, drawn, WIDTH, HEIGHT, SCALE, SCALE);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JFreeChart pie(HandlingReport.Chart chart) {
        var dataset = new DefaultPieDataset<String>();
        List<Long> values = chart.series().get(0).values();
        for (int i = 0; i < chart.categories().size(); i++) {
            dataset.setValue(chart.categories().get(i), values.get(i));
        }
        JFreeChart drawn = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new PiePlot<>(dataset), true);
        theme().apply(drawn);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) drawn.getPlot();
        plot.setIgnoreZeroValues(true);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}件"));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        for (int i = 0; i < chart.categories().size(); i++) {
            plot.setSectionPaint(chart.categories().get(i), colour(i));
        }
        legend(drawn, RectangleEdge.RIGHT);
        return drawn;
    }

    private JFreeChart bar(HandlingReport.Chart chart) {
        var dataset = new DefaultCategoryDataset();
        for (HandlingReport.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                dataset.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        var plot = new CategoryPlot(dataset, new org.jfree.chart.axis.CategoryAxis(), new NumberAxis(),
                new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart drawn = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
        theme().apply(drawn);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.15);                                   // room for the label over the highest bar
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.0f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        legend(drawn, RectangleEdge.BOTTOM);
        return drawn;
    }

    private static Color colour(int index) {
        return new Color(PALETTE.get(index % PALETTE.size()));
    }

    private static void legend(JFreeChart drawn, RectangleEdge edge) {
        LegendTitle legend = drawn.getLegend();
        if (legend != null) {
            legend.setPosition(edge);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /** Every text of the chart in the documents' 黑体 (or the licensed font that replaces it). */
    private StandardChartTheme theme() {
        Font base = font(fonts.files().get(DocumentFonts.Face.HEITI));
        var theme = new StandardChartTheme("jianyi");
        theme.setExtraLargeFont(base.deriveFont(Font.PLAIN, 16f));
        theme.setLargeFont(base.deriveFont(Font.PLAIN, 13f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 11f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private Font font(Path file) {
        return loaded.computeIfAbsent(file, path -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot load the chart font " + path, e);
            }
        });
    }
}
