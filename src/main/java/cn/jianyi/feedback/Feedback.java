package cn.jianyi.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 征询意见表 as answered by a deputy for one signed reply: the overall opinion, and 办理结果 and 办理态度 rated
 * separately ({@code null} on forms answered before they were asked). A fact: never edited.
 */
@Table("feedbacks")
public record Feedback(@Id Long id, Long suggestionId, Long replyId, int round, Long deputyId,
                       Satisfaction satisfaction, Satisfaction resultRating, Satisfaction attitudeRating, String comment, LocalDate givenOn, String submittedBy,
                       Instant submittedAt, String clientAddress, String deviceId, FeedbackChannel channel,
                       String scanSha256, Long signingKeyId, byte[] signature) {

    /**
     * What the signature covers: every field of the record but its id (which the database gives after signing) —
     * including where it was submitted from, so that a flag cannot be hidden by editing the address — each
     * as length:value so that no two different records share a text. {@code submittedAt} is stored to the
     * millisecond, so that it reads back as it was signed.
     */
    byte[] signedContent() {
        var text = new StringBuilder();
        for (Object field : new Object[] {"jianyi-feedback-v1", suggestionId, replyId, round, deputyId, satisfaction,
                resultRating, attitudeRating, comment, givenOn, submittedBy,
                submittedAt == null ? null : submittedAt.toEpochMilli(), clientAddress, deviceId, channel,
                scanSha256}) {
            String value = field == null ? "" : field.toString();
            text.append(value.length()).append(field == null ? "~" : ":").append(value).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public boolean onPaper() {
        return channel == FeedbackChannel.PAPER;
    }

    Feedback signedWith(long keyId, byte[] signature) {
        return new Feedback(id, suggestionId, replyId, round, deputyId, satisfaction, resultRating, attitudeRating,
                comment, givenOn, submittedBy, submittedAt, clientAddress, deviceId, channel, scanSha256, keyId,
                signature);
    }
}
