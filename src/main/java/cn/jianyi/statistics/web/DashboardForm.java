package cn.jianyi.statistics.web;

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

    StatisticsFilter toFilter() {
        return new StatisticsFilter(meetingId, year, unitId, leadOnly && unitId != null, category);
    }

    /** The list of cases behind a figure, under the same filter. */
    public String casesLink(String figure, String value) {
        return filtered("/dashboard/cases")
                .queryParam("figure", figure)
                .queryParamIfPresent("value", java.util.Optional.ofNullable(value))
                .encode().build().toUriString();
    }

    /** The 办理情况报告 under the same filter; {@code format} is docx or pdf. */
    public String reportLink(String format) {
        return filtered("/dashboard/report." + format).encode().build().toUriString();
    }

    private UriComponentsBuilder filtered(String path) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("meetingId", java.util.Optional.ofNullable(meetingId))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .queryParamIfPresent("unitId", java.util.Optional.ofNullable(unitId))
                .queryParamIfPresent("lead", leadOnly ? java.util.Optional.of("true") : java.util.Optional.empty())
                .queryParamIfPresent("category", java.util.Optional.ofNullable(category));
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
