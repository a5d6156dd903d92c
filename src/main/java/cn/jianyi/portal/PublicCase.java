package cn.jianyi.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jianyi.handling.ReplyLetter;

/**
 * One published suggestion and its reply as the public may read it: a row of {@code published_copies}, whose texts
 * are already redacted (ADR 0057). Identified by its publication record's id, which stays the same when a withdrawn
 * publication is published again.
 */
public record PublicCase(long id, long congressId, long meetingId, long unitId, String subjectArea,
                         String classification, String outcome, int suggestionNumber, String deputyName,
                         String suggestionTitle, String suggestionText, String replyTitle, String replySalutation,
                         String replyBody, String documentNumber, String unitName, LocalDate signedOn,
                         String contactLine, String copyTo, int redactions, Instant publishedAt) {

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
