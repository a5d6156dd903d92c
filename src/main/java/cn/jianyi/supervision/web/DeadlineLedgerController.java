package cn.jianyi.supervision.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.publication.PublicationQueries;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.supervision.DeadlineMonitor;
import cn.jianyi.supervision.DeadlineState;

/**
 * 督办台账: running tasks that are due soon or overdue, by unit, filtered by state (supervisors and the office); below
 * them the open commitments due and the publication decisions overdue (ADR 0057).
 */
@Controller
@PreAuthorize("hasAuthority('supervision:deadlines:read')")
class DeadlineLedgerController {

    private static final String VIEW = "supervision/deadlines";

    private static final List<Spreadsheet.Column> COLUMNS = List.of(new Spreadsheet.Column("承办单位", 16),
            new Spreadsheet.Column("建议号", 8), new Spreadsheet.Column("标题", 48), new Spreadsheet.Column("期限", 12),
            new Spreadsheet.Column("到期日", 12), new Spreadsheet.Column("状态", 10),
            new Spreadsheet.Column("剩余工作日", 10), new Spreadsheet.Column("超期工作日", 10),
            new Spreadsheet.Column("会议", 14));

    private final DeadlineMonitor monitor;
    private final MessageSource messages;
    private final PublicationQueries publications;

    DeadlineLedgerController(DeadlineMonitor monitor, MessageSource messages, PublicationQueries publications) {
        this.monitor = monitor;
        this.messages = messages;
        this.publications = publications;
    }

    /** 导出Excel: the ledger as filtered, one row per task. */
    @GetMapping("/supervision/deadlines/export.xlsx")
    void export(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String state, HttpServletResponse response)
            throws IOException {
        var locale = LocaleContextHolder.getLocale();
        try (var sheet = Spreadsheet.create("督办台账", COLUMNS)) {
            for (DeadlineMonitor.LedgerRow row : monitor.ledger(parse(state), me.dataScope())) {
                var watch = row.deadline().watch();
                sheet.row(row.unitName(), row.number(), row.title(),
                        messages.getMessage("TaskDeadline.Kind." + row.deadline().kind(), null, locale),
                        watch.dueOn(), messages.getMessage("DeadlineState." + row.deadline().state(), null, locale),
                        row.deadline().state() == DeadlineState.DUE_SOON ? watch.workingDaysLeft() : null,
                        row.deadline().state() == DeadlineState.DUE_SOON ? null : watch.workingDaysOver(),
                        row.meetingName());
            }
            Downloads.xlsx(response, "督办台账-" + monitor.today(), sheet);
        }
    }

    /** {@code state} is one of the warning states; anything else (or nothing) lists all three. */
    @GetMapping("/supervision/deadlines")
    String ledger(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String state, Model model) {
        DeadlineState filter = parse(state);
        List<DeadlineMonitor.LedgerRow> rows = monitor.ledger(filter, me.dataScope());
        Map<String, Long> byUnit = new LinkedHashMap<>();
        rows.forEach(row -> byUnit.merge(row.unitName(), 1L, Long::sum));
        model.addAttribute("rows", rows);
        model.addAttribute("commitments", monitor.dueCommitments(me.dataScope()));
        model.addAttribute("commitmentHorizon", DeadlineMonitor.COMMITMENT_HORIZON_DAYS);
        model.addAttribute("publications", publications.overdue(me.dataScope()));
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("state", filter);
        model.addAttribute("states", List.of(DeadlineState.DUE_SOON, DeadlineState.OVERDUE, DeadlineState.LONG_OVERDUE));
        model.addAttribute("today", monitor.today());
        return VIEW;
    }

    private static DeadlineState parse(String state) {
        if (state == null) {
            return null;
        }
        for (DeadlineState candidate : DeadlineState.values()) {
            if (candidate.isWarning() && candidate.name().equals(state)) {
                return candidate;
            }
        }
        return null;
    }
}
