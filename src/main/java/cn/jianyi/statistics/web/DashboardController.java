package cn.jianyi.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.statistics.Figure;
import cn.jianyi.statistics.FigureCases;
import cn.jianyi.statistics.Rate;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsReport;

/** 统计分析: the dashboard and, behind every figure, the list of its cases. Only for roles that read every case. */
@Controller
@PreAuthorize("hasAuthority('statistics:read')")
class DashboardController {

    static final int CASE_LIMIT = 500;
    private static final List<String> SATISFACTIONS = List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

    private final Statistics statistics;
    private final FigureCases figureCases;
    private final FilterOptions filterOptions;
    private final Directory directory;
    private final MessageSource messages;

    DashboardController(Statistics statistics, FigureCases figureCases, FilterOptions filterOptions,
                        Directory directory, MessageSource messages) {
        this.statistics = statistics;
        this.figureCases = figureCases;
        this.filterOptions = filterOptions;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                     @RequestParam(required = false) String unitId, @RequestParam(required = false) String lead,
                     @RequestParam(required = false) String category, Model model) {
        DashboardForm form = DashboardForm.parse(meetingId, year, unitId, lead, category);
        StatisticsReport report = statistics.report(form.toFilter(me));
        filters(form, me, model);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(form, report));
        model.addAttribute("bucketLabels", bucketLabels());
        return "statistics/dashboard";
    }

    @GetMapping("/dashboard/cases")
    String cases(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                 @RequestParam(required = false) String unitId, @RequestParam(required = false) String lead,
                 @RequestParam(required = false) String category, @RequestParam(required = false) String figure,
                 @RequestParam(required = false) String value, Model model) {
        DashboardForm form = DashboardForm.parse(meetingId, year, unitId, lead, category);
        Figure parsed;
        try {
            parsed = figure == null ? Figure.ALL : Figure.valueOf(figure);
            model.addAttribute("cases", figureCases.cases(form.toFilter(me), parsed, value, CASE_LIMIT));
        } catch (IllegalArgumentException e) {   // an unknown figure or value: no such list
            throw new NotFoundException("figure", figure + ":" + value);
        }
        filters(form, me, model);
        if (parsed.name().startsWith("UNIT_")) {
            String figureUnit = value.split(":", 2)[0];
            model.addAttribute("unitName", directory.units().stream().filter(u -> String.valueOf(u.id()).equals(figureUnit))
                    .map(HandlingUnit::shortName).findFirst().orElse(null));
            model.addAttribute("item", value.contains(":") ? value.split(":", 2)[1] : null);
        }
        model.addAttribute("figure", parsed);
        model.addAttribute("value", value);
        model.addAttribute("limit", CASE_LIMIT);
        return "statistics/cases";
    }

    private void filters(DashboardForm form, cn.jianyi.identity.CurrentUser me, Model model) {
        filterOptions.addTo(form, me, model);
    }

    private List<String> bucketLabels() {
        return StatisticsLabels.buckets(messages);
    }

    /** The chart data embedded in the page: labels, values and the link of every bar and slice. */
    private Map<String, Object> charts(DashboardForm form, StatisticsReport report) {
        var charts = new LinkedHashMap<String, Object>();
        var statusItems = new ArrayList<Map<String, Object>>();
        report.byStatus().forEach((status, count) -> statusItems.add(item(msg("Suggestion.Status." + status.name()),
                count, form.casesLink(Figure.STATUS.name(), status.name()))));
        charts.put("status", statusItems);
        var classItems = new ArrayList<Map<String, Object>>();
        report.classes().forEach(c -> classItems.add(item(c.title(), c.share().numerator(),
                form.casesLink(Figure.CLASS.name(), c.letter()))));
        charts.put("classes", classItems);
        var satisfaction = new LinkedHashMap<String, Object>();
        satisfaction.put("categories", SATISFACTIONS.stream().map(s -> msg("Satisfaction." + s)).toList());
        satisfaction.put("first", satisfactionItems(form, Figure.FIRST_ROUND, report.firstRound()));
        satisfaction.put("final", satisfactionItems(form, Figure.FINAL_ROUND, report.finalRound()));
        satisfaction.put("firstName", msg("statistics.satisfaction.first"));
        satisfaction.put("finalName", msg("statistics.satisfaction.final"));
        charts.put("satisfaction", satisfaction);
        var responses = new LinkedHashMap<String, Object>();
        List<String> labels = bucketLabels();
        responses.put("units", report.responses().stream().map(StatisticsReport.UnitResponse::unitName).toList());
        var series = new ArrayList<Map<String, Object>>();
        for (int bucket = 0; bucket < labels.size(); bucket++) {
            int b = bucket;
            series.add(Map.of("name", labels.get(bucket), "data", report.responses().stream()
                    .map(u -> item(u.unitName(), u.buckets().get(b),
                            form.casesLink(Figure.RESPONSE.name(), u.unitId() + ":" + b))).toList()));
        }
        responses.put("series", series);
        charts.put("responses", responses);
        return charts;
    }

    private List<Map<String, Object>> satisfactionItems(DashboardForm form, Figure figure,
                                                        StatisticsReport.Satisfactions satisfactions) {
        List<Rate> rates = List.of(satisfactions.satisfied(), satisfactions.basicallySatisfied(),
                satisfactions.dissatisfied());
        var items = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < SATISFACTIONS.size(); i++) {
            items.add(item(msg("Satisfaction." + SATISFACTIONS.get(i)), rates.get(i).numerator(),
                    form.casesLink(figure.name(), SATISFACTIONS.get(i))));
        }
        return items;
    }

    private static Map<String, Object> item(String name, long value, String href) {
        var item = new LinkedHashMap<String, Object>();
        item.put("name", name);
        item.put("value", value);
        item.put("href", href);
        return item;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
