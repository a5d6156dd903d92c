package cn.jianyi.suggestion;

/** 列表筛选: every part is optional. */
public record SuggestionFilter(Long meetingId, Suggestion.Status status, Long unitId, String keyword) {

    public static SuggestionFilter none() {
        return new SuggestionFilter(null, null, null, null);
    }

    public SuggestionFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
    }
}
