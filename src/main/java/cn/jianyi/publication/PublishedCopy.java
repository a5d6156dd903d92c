package cn.jianyi.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The public copy of a reply as decided (ADR 0057), read from {@code published_copies} alone: only redacted texts.
 * What the clerk's page shows as published, and the shape the portal, open data and the API will read.
 */
public record PublishedCopy(long publicationId, long suggestionId, long replyId, long congressId, long meetingId,
                            long unitId, String subjectArea, String classification, Publication.Status outcome,
                            int suggestionNumber, String deputyName, String suggestionTitle, String suggestionText,
                            String replyTitle, String replySalutation, String replyBody, String documentNumber,
                            String unitName, LocalDate signedOn, String contactLine, String copyTo, int redactions,
                            Instant publishedAt) {

    /** The copy's text of a redacted field. */
    public String text(TextField field) {
        return switch (field) {
            case SUGGESTION_TITLE -> suggestionTitle;
            case SUGGESTION_TEXT -> suggestionText;
            case REPLY_BODY -> replyBody;
            case CONTACT_LINE -> contactLine;
        };
    }
}
