package cn.jianyi.statistics.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.statistics.CaseRow;
import cn.jianyi.statistics.Figure;
import cn.jianyi.statistics.FigureCases;
import cn.jianyi.statistics.OverdueTasks;
import cn.jianyi.statistics.Rate;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.suggestion.Meetings;

/**
 * 统计分析 to Excel: every figure of the dashboard under its filter (one sheet per part, each rate with numerator,
 * denominator and percentage), and the cases behind any figure, all of them.
 */
@Controller
@PreAuthorize("hasAuthority('statistics:read')")
class StatisticsExportController {

    private static final List<Column> RATE_COLUMNS = List.of(new Column("指标", 24), new Column("件数（分子）", 12),
            new Column("基数（分母）", 12), new Column("比率（%）", 10), new Column("口径", 36));
    private static final List<Column> CASE_COLUMNS = List.of(new Column("会议", 24), new Column("建议号", 8),
            new Column("标题", 48), new Column("主办单位", 16), new Column("状态", 10));

    private final Statistics statistics;
    private final FigureCases figureCases;
    private final OverdueTasks overdueTasks;
    private final Meetings meetings;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsExportController(Statistics statistics, FigureCases figureCases, OverdueTasks overdueTasks,
                               Meetings meetings, Directory directory, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.figureCases = figureCases;
        this.overdueTasks = overdueTasks;
        this.meetings = meetings;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/export.xlsx")
    void export(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                @RequestParam(required = false) String unitId, @RequestParam(required = false) String lead,
                @RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
        DashboardForm form = DashboardForm.parse(meetingId, year, unitId, lead, category);
        StatisticsReport report = statistics.report(form.toFilter(me));
        try (var book = Spreadsheet.create("总体情况", RATE_COLUMNS)) {
            book.row(msg("statistics.excel.total"), report.total(), null, null, null);
            report.byStatus().forEach((status, count) ->
                    book.row(msg("Suggestion.Status." + status.name()), count, null, null, msg("statistics.status")));
            rate(book, "statistics.rate.replied", report.replied(), "statistics.rate.unit.REPLIED");
            rate(book, "statistics.rate.onTime", report.onTime(), "statistics.rate.unit.ON_TIME");
            rate(book, "statistics.rate.concluded", report.concluded(), "statistics.rate.unit.CONCLUDED");
            rate(book, "statistics.rate.faceToFace", report.faceToFace(), "statistics.rate.unit.FACE_TO_FACE");

            book.sheet("答复分类", List.of(new Column("类别", 8), new Column("说明", 40), new Column("件数", 10),
                    new Column("已分类件数", 12), new Column("占比（%）", 10), new Column("分类方案", 20)));
            for (StatisticsReport.ClassShare c : report.classes()) {
                book.row(c.code(), c.label(), c.share().numerator(), c.share().denominator(),
                        c.share().percent().orElse(null), report.schemeName());
            }

            book.sheet("满意度", List.of(new Column("轮次", 20), new Column("评价", 16), new Column("份数", 10),
                    new Column("收回意见表", 12), new Column("比率（%）", 10)));
            satisfactions(book, msg("statistics.satisfaction.first"), report.firstRound());
            satisfactions(book, msg("statistics.satisfaction.final"), report.finalRound());

            List<String> buckets = StatisticsLabels.buckets(messages);
            var columns = new ArrayList<Column>();
            columns.add(new Column("承办单位", 20));
            buckets.forEach(label -> columns.add(new Column(label, 16)));
            columns.add(new Column("答复件数", 10));
            columns.add(new Column("中位数（工作日）", 16));
            book.sheet("答复用时", columns);
            for (StatisticsReport.UnitResponse unit : report.responses()) {
                var values = new ArrayList<Object>();
                values.add(unit.unitName());
                values.addAll(unit.buckets());
                values.add(unit.replies());
                values.add(unit.median());
                book.row(values.toArray());
            }

            book.sheet("超期未答复", List.of(new Column("会议", 24), new Column("建议号", 8), new Column("标题", 48),
                    new Column("承办单位", 16), new Column("答复期限", 12), new Column("超期天数", 10)));
            for (StatisticsReport.OverdueTask task : overdueTasks.list(form.toFilter(me), Integer.MAX_VALUE)) {
                book.row(task.meetingName(), task.number(), task.title(), task.unitName(), task.dueOn(),
                        task.daysOverdue());
            }

            book.sheet("筛选条件", List.of(new Column("项目", 16), new Column("内容", 60)));
            filterRows(book, form);
            book.row(msg("statistics.excel.generatedAt"), LocalDateTime.now(clock).withNano(0).toString()
                    .replace('T', ' '));
            book.row(msg("statistics.excel.method"), msg("statistics.note"));
            Downloads.xlsx(response, "统计分析-" + LocalDate.now(clock), book);
        }
    }

    /** Every case behind a figure (no page limit), as the drill-down list shows them. */
    @GetMapping("/dashboard/cases/export.xlsx")
    void cases(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
               @RequestParam(required = false) String unitId, @RequestParam(required = false) String lead,
               @RequestParam(required = false) String category, @RequestParam(required = false) String figure,
               @RequestParam(required = false) String value, HttpServletResponse response) throws IOException {
        DashboardForm form = DashboardForm.parse(meetingId, year, unitId, lead, category);
        List<CaseRow> cases;
        try {
            cases = figureCases.cases(form.toFilter(me), figure == null ? Figure.ALL : Figure.valueOf(figure), value,
                    Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {   // an unknown figure or value: no such list
            throw new NotFoundException("figure", figure + ":" + value);
        }
        try (var book = Spreadsheet.create("统计明细", CASE_COLUMNS)) {
            for (CaseRow row : cases) {
                book.row(row.meetingName(), row.number(), row.title(), row.leadUnitName(),
                        msg("Suggestion.Status." + row.status().name()));
            }
            Downloads.xlsx(response, "统计明细-" + LocalDate.now(clock), book);
        }
    }

    private void rate(Spreadsheet book, String key, Rate rate, String unitKey) {
        book.row(msg(key), rate.numerator(), rate.denominator(), rate.percent().orElse(null), msg(unitKey));
    }

    private void satisfactions(Spreadsheet book, String round, StatisticsReport.Satisfactions s) {
        for (String value : List.of("SATISFIED", "BASICALLY_SATISFIED", "COMBINED", "DISSATISFIED")) {
            Rate rate = switch (value) {
                case "SATISFIED" -> s.satisfied();
                case "BASICALLY_SATISFIED" -> s.basicallySatisfied();
                case "COMBINED" -> s.combined();
                default -> s.dissatisfied();
            };
            book.row(round, msg("statistics.satisfaction.value.%s".formatted(value)), rate.numerator(), rate.denominator(),
                    rate.percent().orElse(null));
        }
    }

    private void filterRows(Spreadsheet book, DashboardForm form) {
        String all = msg("statistics.excel.any");
        book.row(msg("statistics.filter.meeting"), form.meetingId() == null ? all : meetings.all().stream()
                .filter(m -> m.id() == form.meetingId()).findFirst()
                .map(m -> m.congressShortName() + m.name()).orElse(all));
        book.row(msg("statistics.filter.year"), form.year() == null ? all : String.valueOf(form.year()));
        String unit = form.unitId() == null ? all : directory.units().stream()
                .filter(u -> form.unitId().equals(u.id())).findFirst().map(HandlingUnit::fullName).orElse(all);
        book.row(msg("statistics.filter.unit"), form.leadOnly() && form.unitId() != null
                ? unit + "（" + msg("statistics.filter.lead") + "）" : unit);
        book.row(msg("statistics.filter.category"), form.category() == null ? all
                : msg("SubjectArea." + form.category().name()));
    }

    private String msg(String key, Object... args) {
        return StatisticsLabels.msg(messages, key, args);
    }
}
