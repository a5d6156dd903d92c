package cn.jianyi.suggestion.web;

import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;

/** The list's filter parameters, parsed leniently: a value that does not parse is ignored rather than refused. */
record ListFilterForm(Long meetingId, Suggestion.Status status, Long unitId, String keyword, int page, boolean keyOnly) {

    static ListFilterForm parse(String meetingId, String status, String unitId, String keyword, String page,
                                String key) {
        String trimmed = keyword == null || keyword.isBlank() ? null : keyword.strip();
        if (trimmed != null && trimmed.length() > 50) {
            trimmed = trimmed.substring(0, 50);
        }
        return new ListFilterForm(parseLong(meetingId), parseStatus(status), parseLong(unitId), trimmed,
                parsePage(page), "true".equals(key));
    }

    SuggestionFilter toFilter() {
        return new SuggestionFilter(meetingId, status, unitId, keyword, keyOnly);
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The page asked for, or the nearest one (ADR 0071): 1 for nothing, text, a decimal, zero or a negative number; a
     * number of ten digits or more the largest int, which the query turns into the last page.
     */
    static int parsePage(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\+?\\d+")) {
            return 1;
        }
        String digits = text.replaceFirst("^\\+?0*", "");
        if (digits.isEmpty()) {
            return 1;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static Suggestion.Status parseStatus(String value) {
        for (Suggestion.Status s : Suggestion.Status.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
