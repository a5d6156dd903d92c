package cn.jianyi.suggestion.web;

import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;

/** The list's filter parameters; unparseable values are ignored rather than refused. */
record ListFilterForm(Long meetingId, Suggestion.Status status, Long unitId, String keyword, Integer page) {

    SuggestionFilter toFilter() {
        String trimmed = keyword == null ? null : keyword.strip();
        if (trimmed != null && trimmed.length() > 50) {
            trimmed = trimmed.substring(0, 50);
        }
        return new SuggestionFilter(meetingId, status, unitId, trimmed);
    }

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
