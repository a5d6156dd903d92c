package cn.jianyi.feedback;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 征询意见表 as answered by a deputy for one signed reply. A fact: never edited. */
@Table("feedbacks")
public record Feedback(@Id Long id, Long suggestionId, Long replyId, int round, Long deputyId,
                       Satisfaction satisfaction, String comment, LocalDate givenOn, String submittedBy,
                       Instant submittedAt) {
}
