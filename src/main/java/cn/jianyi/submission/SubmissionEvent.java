package cn.jianyi.submission;

import java.time.Instant;

/** One line of a submission's history: who did what, when. Written once, never changed. */
public record SubmissionEvent(long id, long submissionId, Instant occurredAt, SubmissionAction action,
                              String actorUsername, String actorName, String remark) {
}
