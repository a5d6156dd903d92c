package cn.jianyi.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a visitor filters the public list by: words (full text), congress, meeting, unit, class, subject area, and
 * the page (from 0). Unreadable values are dropped by the controller, so every field is either absent or valid.
 */
public record PublicFilter(String words, Long congressId, Long meetingId, Long unitId, String classification,
                           String subjectArea, int page) {

    public static final int PAGE_SIZE = 20;

    public PublicFilter {
        words = words == null || words.isBlank() ? null : words.strip();
        if (words != null && words.length() > 100) {
            words = words.substring(0, 100);
        }
        classification = classification == null || classification.isBlank() ? null : classification.strip();
        subjectArea = subjectArea == null || subjectArea.isBlank() ? null : subjectArea.strip();
        page = Math.max(0, Math.min(page, 10_000));
    }

    public static PublicFilter all() {
        return new PublicFilter(null, null, null, null, null, null, 0);
    }

    /** The exact-value filters, by the name they have in the index and the column they have in the table. */
    Map<String, String> keys() {
        var keys = new LinkedHashMap<String, String>();
        if (congressId != null) {
            keys.put("congress_id", congressId.toString());
        }
        if (meetingId != null) {
            keys.put("meeting_id", meetingId.toString());
        }
        if (unitId != null) {
            keys.put("unit_id", unitId.toString());
        }
        if (classification != null) {
            keys.put("classification", classification);
        }
        if (subjectArea != null) {
            keys.put("subject_area", subjectArea);
        }
        return keys;
    }
}
