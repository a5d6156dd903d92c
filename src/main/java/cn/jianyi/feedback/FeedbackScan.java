package cn.jianyi.feedback;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The scan of a paper feedback form, kept with the record it proves. */
@Table("feedback_scans")
public record FeedbackScan(@Id Long id, Long feedbackId, String fileName, String contentType, long sizeBytes,
                           byte[] content, String uploadedBy, Instant uploadedAt) {
}
