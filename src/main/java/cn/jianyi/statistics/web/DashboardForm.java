package cn.jianyi.statistics.web;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.suggestion.SubjectArea;

/** The dashboard's filter parameters, parsed leniently: a value that does not parse is ignored rather than refused. */
record DashboardForm(Long meetingId, Integer year, Long unitId, boolean leadOnly, SubjectArea category) {

    static DashboardForm parse(String meetingId, String year, String unitId, String lead, String category) {
        Long parsedYear = parseLong(year);
        return new DashboardForm(parseLong(meetingId),
                parsedYear == null || parsedYear < 1949 || parsedYear > 9999 ? null : parsedYear.intValue(),
                parseLong(unitId), "true".equals(lead), parseCategory(category));
    }

    /** The filter within the reader's congresses (ADR 0042). */
    StatisticsFilter toFilter(cn.jianyi.identity.CurrentUser reader) {
        return new StatisticsFilter(meetingId, year, unitId, leadOnly && unitId != null, category, reader.dataScope());
    }

    /** The list of cases behind a figure, under the same filter. */
    public String casesLink(String figure, String value) {
        return link("/dashboard/cases", figure, value);
    }

    /** The same list as an Excel workbook. */
    public String casesExportLink(String figure, String value) {
        return link("/dashboard/cases/export.xlsx", figure, value);
    }

    /** Every figure under this filter as an Excel workbook. */
    public String exportLink() {
        return link("/dashboard/export.xlsx", null, null);
    }

    /** The 办理情况报告 under the same filter; {@code format} is docx or pdf. */
    public String reportLink(String format) {
        return link("/dashboard/report." + format, null, null);
    }

    private String link(String path, String figure, String value) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("meetingId", Optional.ofNullable(meetingId))
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("unitId", Optional.ofNullable(unitId))
                .queryParamIfPresent("lead", leadOnly ? Optional.of("true") : Optional.empty())
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .queryParamIfPresent("figure", Optional.ofNullable(figure))
                .queryParamIfPresent("value", Optional.ofNullable(value))
                .encode().build().toUriString();
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SubjectArea parseCategory(String value) {
        for (SubjectArea area : SubjectArea.values()) {
            if (area.name().equals(value)) {
                return area;
            }
        }
        return null;
    }
}
