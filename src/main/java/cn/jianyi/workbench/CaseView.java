package cn.jianyi.workbench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.RequestOutcome;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackActions;
import cn.jianyi.handling.CoUnitOpinion;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyActions;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SuggestionDetails;

/**
 * Everything the case page shows, and which acts the current user may perform on it now.
 *
 * @param timeline    the timeline entries the user may see (deputies do not see the unit's internal drafting)
 * @param deputyNames names of the deputies who gave feedback, by id
 * @param unitNames   short names of the units that wrote replies, by id
 * @param contactAttachments the files of each contact record, by the record's id (records without files are absent)
 * @param replyDeadline how the lead unit's reply deadline was computed, or {@code null} before 交办
 * @param classMarks  each reply's class as its scheme prints it (A, 甲 …), by reply id
 * @param origin      the online submission it came from, or {@code null}
 */
public record CaseView(SuggestionDetails details, List<cn.jianyi.suggestion.TimelineEntry> timeline, List<Reply> replies,
                       List<cn.jianyi.handling.ContactRecord> contacts,
                       Map<Long, List<cn.jianyi.handling.ContactAttachment>> contactAttachments,
                       List<Feedback> feedbacks,
                       Map<Long, String> deputyNames, Map<Long, String> unitNames, Actions actions,
                       cn.jianyi.calendar.Deadline replyDeadline, String deadlineRuleKey,
                       List<TaskRow> tasks, List<CoUnitOpinion> opinions, List<RequestRow> requests,
                       Map<Long, String> classMarks, List<CommitmentRow> commitments, MergeInfo merge,
                       java.time.ZoneId zone, Origin origin) {

    /**
     * 网上提交: the submission the case was registered from (its page shows how it came in) and the unit the deputy
     * proposed; {@code null} for a case registered from paper, or for a unit's reader.
     */
    public record Origin(long submissionId, String proposedUnit) {
    }

    /** The feedback records a later correction supersedes (shown, marked 已更正). */
    public java.util.Set<Long> supersededFeedbackIds() {
        return feedbacks.stream().map(Feedback::supersedesId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * 并案: the suggestion this one joined (id and number, or {@code null}), and those that joined this one.
     */
    public record MergeInfo(Long targetId, Integer targetNumber, List<cn.jianyi.suggestion.Suggestion> merged,
                            Map<Long, String> leadNames) {
    }

    /**
     * A commitment of a reply on the case (跟踪办理).
     *
     * @param carriedOver still open although promised in an earlier year
     */
    public record CommitmentRow(Commitment commitment, String unitName, boolean canFollowUp, boolean carriedOver) {
    }

    /**
     * One unit's task on the case, returned ones included.
     *
     * @param deadline the deadline watched while the task runs (its state shown as a badge), else {@code null}
     */
    public record TaskRow(String unitName, HandlingRole role, Assignment.Status status, LocalDate dueOn,
                          LocalDate opinionDueOn, cn.jianyi.supervision.TaskDeadline deadline) {
    }

    /** A return or extension request, for the case's history (kind: a message key). */
    public record RequestRow(long id, String kindKey, String unitName, String summary, String reason,
                             RequestOutcome outcome, String decisionNote, String decisionPath) {
    }

    /**
     * The acts open to the current user, one named group per module that guards them; each is checked again on the
     * server when performed.
     */
    public record Actions(OfficeActions office, TaskActions task, ReplyActions reply, FeedbackActions feedback) {

        public boolean any() {
            return office.any() || task.any() || reply.any() || feedback.any();
        }
    }

    /**
     * The congress office's acts on the case.
     *
     * @param toDecide the unit requests (return, extension) waiting for the office's decision
     */
    public record OfficeActions(boolean assign, boolean merge, boolean designateKey, List<RequestRow> toDecide) {

        public OfficeActions {
            toDecide = List.copyOf(toDecide);
        }

        public boolean any() {
            return assign || merge || designateKey || !toDecide.isEmpty();
        }
    }

    /** The acts on the user's unit's own task (签收, 申请退回, 申请延期, 协办意见, 记录联系). */
    public record TaskActions(boolean acknowledge, boolean requestReturn, boolean requestExtension,
                              boolean giveOpinion, boolean recordContact) {

        public static final TaskActions NONE = new TaskActions(false, false, false, false, false);

        public boolean any() {
            return acknowledge || requestReturn || requestExtension || giveOpinion || recordContact;
        }
    }
}
