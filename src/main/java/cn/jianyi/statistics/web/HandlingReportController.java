package cn.jianyi.statistics.web;


import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.shared.web.Downloads;
import cn.jianyi.statistics.report.HandlingReport;
import cn.jianyi.statistics.report.HandlingReportDocx;
import cn.jianyi.statistics.report.HandlingReportPdf;
import cn.jianyi.statistics.report.HandlingReports;

/** 办理情况报告: the report for the dashboard's filter, as an editable DOCX or as PDF. Same readers as the dashboard. */
@Controller
@PreAuthorize("hasAuthority('statistics:read')")
class HandlingReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final HandlingReports reports;
    private final HandlingReportDocx docx;
    private final HandlingReportPdf pdf;

    HandlingReportController(HandlingReports reports, HandlingReportDocx docx, HandlingReportPdf pdf) {
        this.reports = reports;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/dashboard/report.docx")
    ResponseEntity<byte[]> docx(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId,
                                @RequestParam(required = false) String year,
                                @RequestParam(required = false) String unitId,
                                @RequestParam(required = false) String lead,
                                @RequestParam(required = false) String category) {
        HandlingReport report = reports.report(DashboardForm.parse(meetingId, year, unitId, lead, category).toFilter(me));
        return download(report.title() + ".docx", DOCX, docx.render(report));
    }

    @GetMapping("/dashboard/report.pdf")
    ResponseEntity<byte[]> pdf(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId,
                               @RequestParam(required = false) String year,
                               @RequestParam(required = false) String unitId,
                               @RequestParam(required = false) String lead,
                               @RequestParam(required = false) String category) {
        HandlingReport report = reports.report(DashboardForm.parse(meetingId, year, unitId, lead, category).toFilter(me));
        return download(report.title() + ".pdf", MediaType.APPLICATION_PDF, pdf.render(report));
    }

    /** Named after the report's title, UTF-8 in filename*. */
    private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
                .body(body);
    }
}
