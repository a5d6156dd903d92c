package cn.jianyi.casesearch;

/**
 * What a reader asks {@code /search}: words (as typed), a kind, the facet filters (null: any) and a page (from 1).
 * Unreadable parameter values were already dropped by the controller (an unknown filter value means no filter).
 */
public record SearchRequest(String words, HitKind kind, Long meetingId, Integer year, Long unitId, String status,
                            String classification, int page) {

    public SearchRequest {
        words = words == null ? "" : words.strip();
        page = Math.max(1, page);
    }

    /** Whether a filter is chosen (a search without words lists the newest matches of its filters). */
    public boolean hasFilter() {
        return kind != null || meetingId != null || year != null || unitId != null || status != null
                || classification != null;
    }

    /** The parameters of this request for a link to another page or filter value (null: left out). */
    public java.util.Map<String, Object> params() {
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("q", words.isEmpty() ? null : words);
        params.put("kind", kind == null ? null : kind.name());
        params.put("meetingId", meetingId);
        params.put("year", year);
        params.put("unitId", unitId);
        params.put("status", status);
        params.put("classification", classification);
        return params;
    }

    /** The same request without its kind (the kind facet counts every kind). */
    SearchRequest kindless() {
        return new SearchRequest(words, null, meetingId, year, unitId, status, classification, page);
    }

    public static SearchRequest of(String words) {
        return new SearchRequest(words, null, null, null, null, null, null, 1);
    }
}
