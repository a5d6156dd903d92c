package cn.jianyi.feedback;

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
                       Instant submittedAt) {
}
