package cn.jianyi.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
                       String scanSha256, int version, Long supersedesId, String correctionReason,
                       Long signingKeyId, byte[] signature) {

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
                scanSha256, version, supersedesId, correctionReason}) {
            String value = field == null ? "" : field.toString();
            text.append(value.length()).append(field == null ? "~" : ":").append(value).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A correction of an earlier answer (which it supersedes). */
    public boolean isCorrection() {
        return supersedesId != null;
    }

    /** The records that count: every record that no later correction supersedes. */
    static List<Feedback> current(List<Feedback> records) {
        Set<Long> superseded = records.stream().map(Feedback::supersedesId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return records.stream().filter(f -> !superseded.contains(f.id())).toList();
    }

    public boolean onPaper() {
        return channel == FeedbackChannel.PAPER;
    }

    Feedback signedWith(long keyId, byte[] signature) {
        return new Feedback(id, suggestionId, replyId, round, deputyId, satisfaction, resultRating, attitudeRating,
                comment, givenOn, submittedBy, submittedAt, clientAddress, deviceId, channel, scanSha256, version,
                supersedesId, correctionReason, keyId, signature);
    }
}
