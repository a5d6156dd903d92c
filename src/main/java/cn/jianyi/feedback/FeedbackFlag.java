package cn.jianyi.feedback;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A reason to doubt that the deputy gave this feedback, for the supervision office. Written once. */
@Table("feedback_flags")
public record FeedbackFlag(@Id Long id, Long feedbackId, FlagKind kind, String detail, Instant flaggedAt) {
}
