package cn.jianyi.statistics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.springframework.stereotype.Component;

import cn.jianyi.documents.DocxLetterRenderer;
import cn.jianyi.documents.LetterGeometry;
import cn.jianyi.documents.OfficialDocx;

/**
 * Writes the 办理情况报告 as an editable DOCX: A4 with the GB/T 9704 page and page numbers, the title in 2号 小标宋,
 * 主送 flush left, headings in 3号 黑体 and text in 3号 仿宋 with a two-character indent, the placeholder highlighted,
 * charts as native Word charts (DrawingML, their data in an embedded workbook, so 编辑数据 in Word changes them) and
 * the table of units on its own page.
 */
@Component
public class HandlingReportDocx {

    private static final int TITLE_HALF_POINTS = 44;                 // 2号
    private static final int TABLE_HALF_POINTS = 21;                 // 五号
    private static final int EMU_PER_MM = 36000;
    private static final int CHART_WIDTH = 150 * EMU_PER_MM;
    private static final int CHART_HEIGHT = 85 * EMU_PER_MM;

    public byte[] render(HandlingReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialDocx.page(doc, true);
            OfficialDocx.pageNumbers(doc, true);
            XWPFParagraph title = OfficialDocx.paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBetween(LetterGeometry.LINE_PITCH / 20.0 * 1.5, LineSpacingRule.EXACT);
            OfficialDocx.run(title, report.title(), DocxLetterRenderer.XIAOBIAOSONG, TITLE_HALF_POINTS);
            text(doc, "", false);
            if (report.addressee() != null) {
                text(doc, report.addressee(), false);
            }
            for (HandlingReport.Block block : report.blocks()) {
                switch (block.kind()) {
                    case HEADING -> {
                        XWPFParagraph heading = indented(doc);
                        heading.setKeepNext(true);
                        OfficialDocx.run(heading, block.text(), DocxLetterRenderer.HEITI,
                                LetterGeometry.BODY_HALF_POINTS);
                    }
                    case TEXT -> text(doc, block.text(), true);
                    case PLACEHOLDER -> {
                        XWPFRun run = OfficialDocx.run(indented(doc), block.text(), DocxLetterRenderer.KAITI,
                                LetterGeometry.BODY_HALF_POINTS);
                        run.setTextHighlightColor("yellow");
                    }
                    case CHART -> chart(doc, block.chart());
                    default -> throw new IllegalStateException(block.kind().name());
                }
            }
            table(doc, report.unitTable());
            XWPFParagraph note = OfficialDocx.paragraph(doc, ParagraphAlignment.LEFT);
            note.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            note.setSpacingBefore(240);
            OfficialDocx.run(note, report.note(), DocxLetterRenderer.FANGSONG, OfficialDocx.SMALL_HALF_POINTS);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XWPFParagraph indented(XWPFDocument doc) {
        XWPFParagraph p = OfficialDocx.paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(OfficialDocx.ONE_CHAR * 2);
        p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
        return p;
    }

    private static void text(XWPFDocument doc, String text, boolean indent) {
        XWPFParagraph p = indent ? indented(doc) : OfficialDocx.paragraph(doc, ParagraphAlignment.LEFT);
        if (!text.isEmpty()) {
            OfficialDocx.run(p, text, DocxLetterRenderer.FANGSONG, LetterGeometry.BODY_HALF_POINTS);
        }
    }

    /** A native chart in a paragraph of its own (not on the exact line pitch, which would clip it) and its caption. */
    private static void chart(XWPFDocument doc, HandlingReport.Chart chart) throws IOException, InvalidFormatException {
        XWPFParagraph holder = doc.createParagraph();
        holder.setAlignment(ParagraphAlignment.CENTER);
        holder.setSpacingBefore(120);
        holder.setKeepNext(true);                                      // with its caption
        XWPFRun run = holder.createRun();
        XWPFChart docChart = doc.createChart(run, CHART_WIDTH, CHART_HEIGHT);
        // the same text alternative as the PDF's (ADR 0056): Word's 可选文字, what a screen reader says for the chart
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.alt());
        String[] categories = chart.categories().toArray(String[]::new);
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(categories,
                docChart.formatRange(new CellRangeAddress(1, categories.length, 0, 0)), 0);
        XDDFChartData data;
        if (chart.type() == HandlingReport.Chart.Type.PIE) {
            data = docChart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
        } else {
            XDDFCategoryAxis categoryAxis = docChart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis valueAxis = docChart.createValueAxis(AxisPosition.LEFT);
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            valueAxis.setNumberFormat("0");
            long highest = chart.series().stream().flatMap(series -> series.values().stream())
                    .mapToLong(Long::longValue).max().orElse(0);
            if (highest <= 10) {
                valueAxis.setMajorUnit(1.0);                            // whole counts, not 0.5 steps
            }
            data = docChart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
        }
        for (int i = 0; i < chart.series().size(); i++) {
            HandlingReport.Series series = chart.series().get(i);
            XDDFNumericalDataSource<Long> values = XDDFDataSourcesFactory.fromArray(
                    series.values().toArray(Long[]::new),
                    docChart.formatRange(new CellRangeAddress(1, categories.length, i + 1, i + 1)), i + 1);
            XDDFChartData.Series added = data.addSeries(categoryData, values);
            added.setTitle(series.name(), docChart.setSheetTitle(series.name(), i + 1));
            if (chart.type() == HandlingReport.Chart.Type.PIE) {
                for (int slice = 0; slice < categories.length; slice++) {
                    added.getDataPoint(slice).setFillProperties(fill(slice));
                }
            } else {
                added.setFillProperties(fill(i));
            }
        }
        docChart.plot(data);
        labels(docChart, chart.type());
        docChart.setAutoTitleDeleted(true);
        docChart.getOrAddLegend().setPosition(chart.type() == HandlingReport.Chart.Type.PIE ? LegendPosition.RIGHT
                : LegendPosition.BOTTOM);
        if (chart.type() == HandlingReport.Chart.Type.BAR && chart.series().size() == 1) {
            docChart.deleteLegend();
        }
        XWPFParagraph caption = OfficialDocx.paragraph(doc, ParagraphAlignment.CENTER);
        OfficialDocx.run(caption, chart.title(), DocxLetterRenderer.KAITI, OfficialDocx.SMALL_HALF_POINTS);
    }

    /** The colour of a series or slice, as in the PDF's charts (explicit, so that every viewer draws it). */
    private static XDDFSolidFillProperties fill(int index) {
        int rgb = ReportCharts.PALETTE.get(index % ReportCharts.PALETTE.size());
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
    }

    /** Each bar and slice shows its count (a slice its class too), as Word draws them. */
    private static void labels(XWPFChart chart, HandlingReport.Chart.Type type) {
        var plotArea = chart.getCTChart().getPlotArea();
        if (type == HandlingReport.Chart.Type.PIE) {
            for (var series : plotArea.getPieChartArray(0).getSerList()) {
                CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
                show(labels, true);
            }
        } else {
            for (var series : plotArea.getBarChartArray(0).getSerList()) {
                CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
                show(labels, false);
            }
        }
    }

    private static void show(CTDLbls labels, boolean category) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(category);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);          // the shares are in the text, rounded as counted
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** 附表 on a new page: caption in 黑体, the table in 五号 仿宋, the header row repeated on every page. */
    private static void table(XWPFDocument doc, HandlingReport.Table table) {
        XWPFParagraph caption = OfficialDocx.paragraph(doc, ParagraphAlignment.LEFT);
        caption.setPageBreak(true);
        OfficialDocx.run(caption, table.title(), DocxLetterRenderer.HEITI, LetterGeometry.BODY_HALF_POINTS);
        XWPFTable docTable = doc.createTable(table.rows().size() + 1, table.header().size());
        docTable.setWidth("100%");
        XWPFTableRow header = docTable.getRow(0);
        header.setRepeatHeader(true);
        cells(header, table.header(), DocxLetterRenderer.HEITI);
        for (int i = 0; i < table.rows().size(); i++) {
            cells(docTable.getRow(i + 1), table.rows().get(i), DocxLetterRenderer.FANGSONG);
        }
    }

    private static void cells(XWPFTableRow row, List<String> texts, String font) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(i == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            OfficialDocx.run(p, texts.get(i), font, TABLE_HALF_POINTS);
        }
    }
}
