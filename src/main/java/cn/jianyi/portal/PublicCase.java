package cn.jianyi.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jianyi.handling.ReplyLetter;

/**
 * One published suggestion and its reply as the public may read it: a row of {@code published_copies}, whose texts
 * are already redacted (ADR 0057). The suggestion text is the full text or the office's summary, and the deputy's rating
 * is there only where the congress's rules publish it. Identified by its publication record's id, which stays the same when a withdrawn
 * publication is published again.
 */
public record PublicCase(long id, long congressId, long meetingId, long unitId, String subjectArea,
                         String classification, String outcome, int suggestionNumber, String deputyName,
                         String suggestionTitle, String suggestionText, String replyTitle, String replySalutation,
                         String replyBody, String documentNumber, String unitName, LocalDate signedOn,
                         String contactLine, String copyTo, int redactions, Instant publishedAt,
                         String suggestionTextKind, String satisfaction) {

    /** Whether the suggestion text is the office's summary (建议摘要) rather than the full text. */
    public boolean isSummary() {
        return "SUMMARY".equals(suggestionTextKind);
    }

    /** 满意 / 基本满意 / 不满意, or null where the rules do not publish it or the deputy has not answered. */
    public String satisfactionLabel() {
        return satisfaction == null ? null : switch (satisfaction) {
            case "SATISFIED" -> "满意";
            case "BASICALLY_SATISFIED" -> "基本满意";
            default -> "不满意";
        };
    }

    /** 部分公开. */
    public boolean isPartly() {
        return "PARTLY_PUBLISHED".equals(outcome);
    }

    /** The reply's paragraphs with their heading levels, as the letter lays them out. */
    public List<ReplyLetter.Paragraph> replyParagraphs() {
        return ReplyLetter.paragraphsOf(replyBody);
    }

    /** The suggestion's paragraphs. */
    public List<String> suggestionParagraphs() {
        return suggestionText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** 2024年6月20日. */
    public String signedOnText() {
        return ReplyLetter.chineseDate(signedOn);
    }

    /** 抄送：A，B。 or null. */
    public String copyToLine() {
        return copyTo == null || copyTo.isBlank() ? null : copyTo + "。";
    }
}
