package cn.jianyi.statistics.report;

import java.util.ArrayList;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jianyi.documents.OfficialPdf;

/**
 * Renders the 办理情况报告 as PDF: the same content as the DOCX laid out by openhtmltopdf from
 * {@code templates/documents/handling-report-pdf.xhtml} with the embedded document fonts; charts are PNG images drawn
 * by {@link ReportCharts}.
 */
@Component
public class HandlingReportPdf {

    private final OfficialPdf pdf;
    private final ReportCharts charts;

    HandlingReportPdf(OfficialPdf pdf, ReportCharts charts) {
        this.pdf = pdf;
        this.charts = charts;
    }

    /** The XHTML the PDF is laid out from. */
    public String xhtml(HandlingReport report) {
        var images = new ArrayList<String>();
        for (HandlingReport.Block block : report.blocks()) {
            images.add(block.chart() == null ? null : charts.dataUri(block.chart()));
        }
        return pdf.xhtml("handling-report-pdf", Map.of("report", report, "images", images));
    }

    public byte[] render(HandlingReport report) {
        return pdf.render(xhtml(report));
    }
}
