package cn.jianyi.statistics.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
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

import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.statistics.Assessment;
import cn.jianyi.statistics.AssessmentReport;
import cn.jianyi.statistics.AssessmentScheme;

/**
 * 办理工作考评: each unit's score by the congress's scheme, every component with its numbers and the cases behind
 * them, and the same table as Excel. For the roles that read the statistics.
 */
@Controller
@PreAuthorize("hasAuthority('statistics:read')")
class AssessmentController {

    private final Assessment assessment;
    private final RuleSets ruleSets;
    private final FilterOptions filterOptions;
    private final MessageSource messages;
    private final Clock clock;
    private final cn.jianyi.identity.Directory directory;

    AssessmentController(Assessment assessment, RuleSets ruleSets, FilterOptions filterOptions,
                         MessageSource messages, Clock clock, cn.jianyi.identity.Directory directory) {
        this.directory = directory;
        this.assessment = assessment;
        this.ruleSets = ruleSets;
        this.filterOptions = filterOptions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/assessment")
    String assessment(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String category, Model model) {
        DashboardForm form = DashboardForm.parse(meetingId, year, null, null, category);
        AssessmentReport report = assessment.report(form.toFilter(me));
        filterOptions.addTo(form, me, model);
        model.addAttribute("report", report);
        Map<String, String> labels = labels(report);
        var remarks = new LinkedHashMap<Long, String>();
        report.units().forEach(u -> remarks.put(u.unitId(), remark(u, labels)));
        model.addAttribute("labels", labels);
        model.addAttribute("remarks", remarks);
        model.addAttribute("components", Assessment.COMPONENTS);
        model.addAttribute("formula", formula(report, labels));
        model.addAttribute("schemeVersion", schemeVersion(report.scheme()));
        return "statistics/assessment";
    }

    /** 导出Excel: one row per unit, every count, score, weight and weighted points in its own column. */
    @GetMapping("/assessment/export.xlsx")
    void export(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                @RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
        DashboardForm form = DashboardForm.parse(meetingId, year, null, null, category);
        AssessmentReport report = assessment.report(form.toFilter(me));
        Map<String, String> labels = labels(report);
        var columns = new ArrayList<Spreadsheet.Column>(List.of(new Spreadsheet.Column(msg("assessment.col.rank"), 6),
                new Spreadsheet.Column(msg("assessment.col.unit"), 16),
                new Spreadsheet.Column(msg("assessment.col.tasks"), 10)));
        Assessment.PARTS.forEach((component, parts) -> {
            String name = labels.get(component);
            parts.forEach(part -> columns.add(new Spreadsheet.Column("%s·%s".formatted(name, labels.get(part)), 14)));
            columns.add(new Spreadsheet.Column("%s·%s".formatted(name, labels.get("denominator." + component)), 16));
            columns.add(new Spreadsheet.Column("%s·%s".formatted(name, msg("assessment.col.score")), 12));
            columns.add(new Spreadsheet.Column("%s·%s".formatted(name, msg("assessment.col.weight")), 10));
            columns.add(new Spreadsheet.Column("%s·%s".formatted(name, msg("assessment.col.points")), 12));
        });
        columns.add(new Spreadsheet.Column(msg("assessment.col.total"), 10));
        columns.add(new Spreadsheet.Column(msg("assessment.col.remark"), 30));
        try (var sheet = Spreadsheet.create(msg("assessment.title"), columns)) {
            for (AssessmentReport.UnitScore unit : report.units()) {
                var row = new ArrayList<Object>(List.of(unit.rank() == null ? "—" : unit.rank(), unit.unitName(),
                        unit.tasks()));
                for (AssessmentReport.Component component : unit.components()) {
                    component.parts().forEach(part -> row.add(part.count()));
                    row.add(component.denominator());
                    row.add(component.score());
                    row.add(component.weight());
                    row.add(component.points());
                }
                row.add(unit.total());
                row.add(remark(unit, labels));
                sheet.row(row.toArray());
            }
            Downloads.xlsx(response, msg("assessment.title"), sheet);
        }
    }

    /** 无数据 without a total; which components were left out when the total was scaled. */
    private String remark(AssessmentReport.UnitScore unit, Map<String, String> labels) {
        if (unit.total() == null) {
            return msg("assessment.noData");
        }
        if (!unit.reweighted()) {
            return null;
        }
        List<String> missing = unit.components().stream().filter(c -> !c.hasData() && c.weight() > 0)
                .map(c -> labels.get(c.key())).toList();
        return msg("assessment.reweighted", String.join("、", missing));
    }

    /** The Chinese label of every component, part and denominator key; classes as the congress's scheme prints them. */
    private Map<String, String> labels(AssessmentReport report) {
        ClassificationScheme scheme = report.congressId() == null ? ruleSets.scheme("NPC")
                : ruleSets.scheme(ruleSets.current(report.congressId()).classificationScheme());
        var labels = new LinkedHashMap<String, String>();
        Assessment.PARTS.forEach((component, parts) -> {
            labels.put(component, msg("assessment.component.%s".formatted(component)));
            labels.put("denominator." + component, msg("assessment.denominator.%s".formatted(component)));
            for (String part : parts) {
                boolean letter = component.equals("CLASS");
                labels.put(part, letter ? msg("assessment.part.class", scheme.codeOf(part))
                        : msg("assessment.part.%s".formatted(part)));
                if (letter) {
                    labels.put("code." + part, scheme.codeOf(part));
                }
            }
        });
        return labels;
    }

    /** The formula in Chinese with the weights and points in force. */
    private String formula(AssessmentReport report, Map<String, String> labels) {
        AssessmentScheme s = report.scheme();
        return msg("assessment.formula", String.valueOf(s.timelinessWeight()), String.valueOf(s.contactWeight()),
                String.valueOf(s.satisfactionWeight()), String.valueOf(s.classWeight()),
                String.valueOf(s.otherContactPoints()), String.valueOf(s.basicallySatisfiedPoints()),
                "%s类%s、%s类%s、%s类%s、%s类%s".formatted(labels.get("code.A"), s.classAPoints(),
                        labels.get("code.B"), s.classBPoints(), labels.get("code.C"), s.classCPoints(),
                        labels.get("code.D"), s.classDPoints()));
    }

    private String schemeVersion(AssessmentScheme scheme) {
        return scheme.isDefault() ? msg("assessment.scheme.default")
                : msg("assessment.scheme.version", String.valueOf(scheme.version()),
                        directory.namesOf(List.of(scheme.createdBy())).getOrDefault(scheme.createdBy(), scheme.createdBy()),
                        scheme.createdAt().atZone(clock.getZone()).toLocalDate().toString());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
