package cn.jianyi.submission;

import java.time.Instant;
import java.util.List;

/**
 * Published for every line of a submission's history, in its transaction (e.g. to notify the deputies concerned).
 *
 * @param invitedDeputyIds every deputy invited to co-sign, whatever their answer
 * @param suggestionId     the registered case, or {@code null}
 */
public record SubmissionChanged(long submissionId, SubmissionAction action, String title, long leadDeputyId,
                                List<Long> invitedDeputyIds, Long suggestionId, String actorUsername,
                                String actorName, Instant occurredAt, String remark) {
}
