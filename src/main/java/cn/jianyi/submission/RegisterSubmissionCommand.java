package cn.jianyi.submission;

import cn.jianyi.suggestion.SubjectArea;

/**
 * 受理: how the clerk registers a submission.
 *
 * @param number the number within the meeting, or {@code null} for the next free one
 */
public record RegisterSubmissionCommand(long meetingId, Integer number, SubjectArea category) {
}
