package cn.jianyi.rules;

/**
 * What the public copy of a case shows beyond the reply (公开范围; issue 20): the suggestion's full text or a summary
 * the office writes, and whether the deputy's rating (满意度) is published with the reply, in the open data and on
 * the meeting's page. The national baseline: full text, no rating (the guide found both ways among congresses).
 *
 * @param suggestionText full text or summary
 * @param satisfaction   whether the rating is published
 */
public record PublicDisclosure(SuggestionText suggestionText, boolean satisfaction) {

    /** How much of the suggestion is published. */
    public enum SuggestionText {
        /** 建议全文. */
        FULL_TEXT,
        /** 建议摘要, written by the office when it prepares the public copy. */
        SUMMARY
    }

    public PublicDisclosure {
        suggestionText = suggestionText == null ? SuggestionText.FULL_TEXT : suggestionText;
    }

    public static PublicDisclosure baseline() {
        return new PublicDisclosure(SuggestionText.FULL_TEXT, false);
    }

    public boolean summaryOnly() {
        return suggestionText == SuggestionText.SUMMARY;
    }
}
