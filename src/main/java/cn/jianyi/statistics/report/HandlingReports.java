package cn.jianyi.statistics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.statistics.OverdueTasks;
import cn.jianyi.statistics.Rate;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.statistics.UnitFigures;
import cn.jianyi.statistics.UnitStatistics;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;

/**
 * Writes the 办理情况报告 for a filter: title, 主送, the sections 基本情况, 办理情况, 代表满意度 and 承办单位办理情况 as
 * sentences made from the figures of {@link Statistics} and {@link UnitStatistics} (numbers printed as counted,
 * percentages as {@link Rate} prints them), three charts, the table of units, and 下一步工作, which only the office can
 * write: the report leaves it to the clerk, marked as such in the document (ADR 0025).
 * The wording lives in the message bundle under {@code statistics.report}.
 */
@Service
public class HandlingReports {

    /** The units a chart counts in: suggestions (件) or feedback forms (份). */
    private static final String CASES = "statistics.report.chart.unit.cases";
    private static final String FORMS = "statistics.report.chart.unit.forms";

    /** How many units the sentence on the units with the most suggestions names. */
    static final int MOST_UNITS = 5;
    private static final List<Suggestion.Status> HANDLED = List.of(Suggestion.Status.ASSIGNED,
            Suggestion.Status.REPLIED, Suggestion.Status.REHANDLING, Suggestion.Status.CONCLUDED);

    private final Statistics statistics;
    private final UnitStatistics unitStatistics;
    private final OverdueTasks overdueTasks;
    private final Meetings meetings;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    HandlingReports(Statistics statistics, UnitStatistics unitStatistics, OverdueTasks overdueTasks, Meetings meetings,
                    Directory directory, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.unitStatistics = unitStatistics;
        this.overdueTasks = overdueTasks;
        this.meetings = meetings;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    public HandlingReport report(StatisticsFilter filter) {
        StatisticsReport report = statistics.report(filter);
        List<UnitFigures> units = unitStatistics.byUnit(filter);
        Optional<MeetingView> meeting = filter.meetingId() == null ? Optional.empty() : meetings.find(filter.meetingId());
        String today = dateText(LocalDate.now(clock));

        var blocks = new ArrayList<HandlingReport.Block>();
        blocks.add(HandlingReport.Block.text(msg("statistics.report.opening", today)));
        scope(filter).ifPresent(scope -> blocks.add(HandlingReport.Block.text(scope)));
        basics(blocks, filter, report, meeting);
        handling(blocks, report, overdueTasks.list(filter, Integer.MAX_VALUE), today);
        satisfaction(blocks, report);
        units(blocks, units);
        blocks.add(HandlingReport.Block.heading(msg("statistics.report.heading.next")));
        blocks.add(HandlingReport.Block.placeholder(msg("statistics.report.placeholder")));

        String title = meeting.map(m -> msg("statistics.report.title.meeting", m.shortTitle()))
                .orElseGet(() -> filter.year() == null ? msg("statistics.report.title.all")
                        : msg("statistics.report.title.year", String.valueOf(filter.year())));
        String addressee = meeting.map(m -> msg("statistics.report.addressee", m.congressShortName())).orElse(null);
        return new HandlingReport(title, addressee, blocks, unitTable(report, units),
                msg("statistics.report.note", today));
    }

    /** The filters beyond meeting and year, which the title does not say. */
    private Optional<String> scope(StatisticsFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.meetingId() != null && filter.year() != null) {
            parts.add(msg("statistics.report.scope.year", String.valueOf(filter.year())));
        }
        if (filter.unitId() != null) {
            String unit = directory.findUnit(filter.unitId()).map(HandlingUnit::shortName).orElse("—");
            parts.add(msg(filter.leadOnly() ? "statistics.report.scope.leadUnit" : "statistics.report.scope.unit", unit));
        }
        if (filter.category() != null) {
            parts.add(msg("statistics.report.scope.category", area(filter.category())));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(msg("statistics.report.scope", String.join("；", parts)));
    }

    private void basics(List<HandlingReport.Block> blocks, StatisticsFilter filter, StatisticsReport report,
                        Optional<MeetingView> meeting) {
        blocks.add(HandlingReport.Block.heading(msg("statistics.report.heading.basics")));
        var text = new StringBuilder(meeting
                .map(m -> msg("statistics.report.basics.meeting", m.shortTitle(), count(report.total())))
                .orElseGet(() -> msg("statistics.report.basics.total", count(report.total()))));
        Map<SubjectArea, Long> categories = unitStatistics.byCategory(filter);
        var byArea = new ArrayList<String>();
        categories.forEach((area, n) -> {
            if (n > 0) {
                byArea.add(msg("statistics.report.basics.category", area(area), count(n)));
            }
        });
        if (!byArea.isEmpty()) {
            text.append(msg("statistics.report.basics.categories", String.join("、", byArea)));
        }
        long assigned = report.replied().denominator();
        UnitStatistics.UnitCounts unitCounts = unitStatistics.unitCounts(filter);
        text.append(msg("statistics.report.basics.assigned", count(assigned), count(unitCounts.units()),
                count(unitCounts.answering())));
        var notAssigned = new ArrayList<String>();
        report.byStatus().forEach((status, n) -> {
            if (n > 0 && !HANDLED.contains(status)) {
                notAssigned.add(msg("statistics.report.basics.status", msg("Suggestion.Status." + status.name()),
                        count(n)));
            }
        });
        if (!notAssigned.isEmpty()) {
            text.append(msg("statistics.report.basics.notAssigned", count(report.total() - assigned),
                    String.join("、", notAssigned)));
        }
        blocks.add(HandlingReport.Block.text(text.toString()));
        if (report.total() > 0) {
            var names = new ArrayList<String>();
            var values = new ArrayList<Long>();
            categories.forEach((area, n) -> {
                names.add(area(area));
                values.add(n);
            });
            blocks.add(HandlingReport.Block.chart(chart(msg("statistics.report.chart.categories"),
                    HandlingReport.Chart.Type.BAR, names,
                    List.of(new HandlingReport.Series(msg("statistics.report.chart.count"), values)), CASES)));
        }
    }

    private void handling(List<HandlingReport.Block> blocks, StatisticsReport report,
                          List<StatisticsReport.OverdueTask> overdue, String today) {
        blocks.add(HandlingReport.Block.heading(msg("statistics.report.heading.handling")));
        blocks.add(HandlingReport.Block.text(msg("statistics.report.handling.rates", today,
                count(report.replied().denominator()), count(report.replied().numerator()),
                report.replied().percentText(), count(report.onTime().numerator()), report.onTime().percentText(),
                count(report.concluded().numerator()), report.concluded().percentText(),
                count(report.faceToFace().numerator()), report.faceToFace().percentText())));
        long classified = report.classes().isEmpty() ? 0 : report.classes().get(0).share().denominator();
        if (classified > 0) {
            var shares = new ArrayList<String>();
            for (StatisticsReport.ClassShare c : report.classes()) {
                shares.add(msg("statistics.report.handling.class", c.label(), c.definition(),
                        count(c.share().numerator()), c.share().percentText()));
            }
            blocks.add(HandlingReport.Block.text(msg("statistics.report.handling.classes", report.schemeName(),
                    count(classified), String.join("；", shares))));
            blocks.add(HandlingReport.Block.chart(chart(msg("statistics.report.chart.classes"),
                    HandlingReport.Chart.Type.PIE,
                    report.classes().stream().map(StatisticsReport.ClassShare::label).toList(),
                    List.of(new HandlingReport.Series(msg("statistics.report.chart.count"),
                            report.classes().stream().map(c -> c.share().numerator()).toList())), CASES)));
        }
        if (overdue.isEmpty()) {
            blocks.add(HandlingReport.Block.text(msg("statistics.report.handling.noOverdue", today)));
        } else {
            Map<String, Integer> byUnit = new LinkedHashMap<>();
            overdue.forEach(t -> byUnit.merge(t.unitName(), 1, Integer::sum));
            var parts = new ArrayList<String>();
            byUnit.forEach((unit, n) -> parts.add(msg("statistics.report.handling.overdueUnit", unit, count(n))));
            blocks.add(HandlingReport.Block.text(msg("statistics.report.handling.overdue", today,
                    count(overdue.size()), String.join("、", parts))));
        }
    }

    private void satisfaction(List<HandlingReport.Block> blocks, StatisticsReport report) {
        blocks.add(HandlingReport.Block.heading(msg("statistics.report.heading.satisfaction")));
        StatisticsReport.Satisfactions first = report.firstRound();
        StatisticsReport.Satisfactions last = report.finalRound();
        if (first.returned() == 0) {
            blocks.add(HandlingReport.Block.text(msg("statistics.report.satisfaction.none")));
            return;
        }
        blocks.add(HandlingReport.Block.text(msg("statistics.report.satisfaction.first",
                satisfactionArgs(first).toArray())));
        if (!last.equals(first)) {
            blocks.add(HandlingReport.Block.text(msg("statistics.report.satisfaction.final",
                    satisfactionArgs(last).toArray())));
        } else if (first.dissatisfied().numerator() == 0) {
            blocks.add(HandlingReport.Block.text(msg("statistics.report.satisfaction.noDissatisfied")));
        }
        List<String> categories = List.of(msg("Satisfaction.SATISFIED"), msg("Satisfaction.BASICALLY_SATISFIED"),
                msg("Satisfaction.DISSATISFIED"));
        blocks.add(HandlingReport.Block.chart(chart(msg("statistics.report.chart.satisfaction"),
                HandlingReport.Chart.Type.BAR, categories, List.of(
                        new HandlingReport.Series(msg("statistics.satisfaction.first"), counts(first)),
                        new HandlingReport.Series(msg("statistics.satisfaction.final"), counts(last))), FORMS)));
    }

    private static List<Long> counts(StatisticsReport.Satisfactions s) {
        return List.of(s.satisfied().numerator(), s.basicallySatisfied().numerator(), s.dissatisfied().numerator());
    }

    private static List<String> satisfactionArgs(StatisticsReport.Satisfactions s) {
        return List.of(count(s.returned()), count(s.satisfied().numerator()), s.satisfied().percentText(),
                count(s.basicallySatisfied().numerator()), s.basicallySatisfied().percentText(),
                count(s.combined().numerator()), s.combined().percentText(), count(s.dissatisfied().numerator()),
                s.dissatisfied().percentText());
    }

    private void units(List<HandlingReport.Block> blocks, List<UnitFigures> units) {
        blocks.add(HandlingReport.Block.heading(msg("statistics.report.heading.units")));
        if (units.isEmpty()) {
            blocks.add(HandlingReport.Block.text(msg("statistics.report.units.none")));
            return;
        }
        var most = new ArrayList<String>();
        for (UnitFigures unit : units.subList(0, Math.min(MOST_UNITS, units.size()))) {
            most.add(msg("statistics.report.units.unit", unit.unitName(), count(unit.cases())));
        }
        blocks.add(HandlingReport.Block.text(msg("statistics.report.units.most", count(units.size()),
                String.join("、", most))));
    }

    private HandlingReport.Table unitTable(StatisticsReport report, List<UnitFigures> units) {
        var header = new ArrayList<>(List.of(msg("statistics.report.col.number"), msg("statistics.col.unit"),
                msg("statistics.report.col.cases"), msg("statistics.report.col.replied"),
                msg("statistics.report.col.onTime")));
        report.classes().forEach(c -> header.add(c.label()));
        header.addAll(List.of(msg("Satisfaction.SATISFIED"), msg("Satisfaction.BASICALLY_SATISFIED"),
                msg("Satisfaction.DISSATISFIED")));
        var rows = new ArrayList<List<String>>();
        for (UnitFigures unit : units) {
            var row = new ArrayList<>(List.of(count(rows.size() + 1), unit.unitName(), count(unit.cases()),
                    count(unit.replied().numerator()), count(unit.onTime().numerator())));
            for (StatisticsReport.ClassShare c : report.classes()) {
                row.add(count(unit.classes().get(c.letter().charAt(0) - 'A')));
            }
            counts(unit.firstRound()).forEach(n -> row.add(count(n)));
            rows.add(row);
        }
        return new HandlingReport.Table(msg("statistics.report.appendix"), header, rows);
    }

    private String area(SubjectArea area) {
        return msg("SubjectArea." + area.name());
    }

    /** A count as printed: digits without grouping (MessageFormat would print 1,234). */
    /**
     * A chart with its text alternative: the kind of chart, its title, and every figure it plots, series by series
     * (a lone series unnamed), e.g. 柱状图“图：代表满意度（份）”：初次办理：满意5份、基本满意3份、不满意1份；…。
     */
    private HandlingReport.Chart chart(String title, HandlingReport.Chart.Type type, List<String> categories,
                                       List<HandlingReport.Series> series, String unitKey) {
        String unit = msg(unitKey);
        var parts = new ArrayList<String>();
        for (HandlingReport.Series s : series) {
            var values = new ArrayList<String>();
            for (int i = 0; i < categories.size(); i++) {
                values.add(msg("statistics.report.chart.alt.value", categories.get(i), count(s.values().get(i)), unit));
            }
            String figures = String.join("、", values);
            parts.add(series.size() == 1 ? figures : msg("statistics.report.chart.alt.series", s.name(), figures));
        }
        String kind = msg(type == HandlingReport.Chart.Type.PIE ? "statistics.report.chart.alt.pie"
                : "statistics.report.chart.alt.bar");
        String alt = msg("statistics.report.chart.alt", kind, title, String.join("；", parts));
        return new HandlingReport.Chart(title, type, categories, series, alt);
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    static String dateText(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }
}
