package cn.jianyi.suggestion;

/** 列表筛选: every part is optional. */
public record SuggestionFilter(Long meetingId, Suggestion.Status status, Long unitId, String keyword, boolean keyOnly) {

    public SuggestionFilter(Long meetingId, Suggestion.Status status, Long unitId, String keyword) {
        this(meetingId, status, unitId, keyword, false);
    }

    public static SuggestionFilter none() {
        return new SuggestionFilter(null, null, null, null);
    }

    /** 重点督办 items only. */
    public static SuggestionFilter keyItems() {
        return new SuggestionFilter(null, null, null, null, true);
    }

    public SuggestionFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
    }
}
