package cn.jianyi.workbench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianyi.feedback.Feedback;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.ContactAttachment;
import cn.jianyi.handling.ContactRecord;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.TimelineEntry;

/**
 * A deputy's own case page (我的建议): the case as her story, in plain words, not the office's case page. Its parts,
 * top to bottom: where the case stands ({@link Story}) with what she can do now, the reply inline with its letter,
 * the answers given, the units' contacts with her, what she wrote, and the milestones (the timeline entries a deputy
 * reads, as {@code TimelineVisibility} decides).
 *
 * @param replies     the signed replies, the latest first, each with its unit's short name
 * @param letter      the latest signed reply's letter (shown inline), or {@code null} before the first reply
 * @param commitments what the signed replies promised, with their state
 * @param answers     the deputies' answers to the replies, corrected ones too (shown marked 已更正)
 * @param deputyNames the names of the deputies who answered, by id
 * @param milestones  the timeline as a deputy reads it, oldest first
 * @param unitNames   short names of the units met on the page, by id
 */
public record DeputyCaseView(SuggestionDetails details, Story story, boolean rate, boolean correct,
                             List<ReplyItem> replies, ReplyLetter letter, List<Commitment> commitments,
                             List<Feedback> answers, Map<Long, String> deputyNames, List<ContactRecord> contacts,
                             Map<Long, List<ContactAttachment>> contactAttachments, List<TimelineEntry> milestones,
                             Map<Long, String> unitNames, Integer mergedIntoNumber, ZoneId zone) {

    /** Entries whose remark tells the deputy something the plain sentence does not: the rating, the follow-up. */
    private static final Set<CaseAction> TOLD_WITH_REMARK = EnumSet.of(CaseAction.GIVE_FEEDBACK, CaseAction.FOLLOW_UP);

    /**
     * Where the case stands, told as one sentence ({@code deputy.story.<kind>}): who is doing what, by when.
     *
     * @param kind    the message key's last part (registered, assigned, overdue, rehandling, toRate, dissatisfied,
     *                replied, concluded, merged, withdrawn, archived)
     * @param units   the units that answer her (short names)
     * @param coUnits the units that help them (short names)
     * @param date    the reply deadline while units work on it, else the latest reply's date ({@code null} if none)
     */
    public record Story(String kind, List<String> units, List<String> coUnits, LocalDate date) {

        public String key() {
            return "deputy.story." + kind;
        }
    }

    /** A signed reply as the deputy's page lists it. */
    public record ReplyItem(Reply reply, String unitName) {
    }

    /** Whether the page tells an entry's remark below its plain sentence. */
    public boolean tellsRemark(TimelineEntry entry) {
        return entry.remark() != null && TOLD_WITH_REMARK.contains(entry.action());
    }

    /** The answers a later correction superseded. */
    public Set<Long> supersededAnswerIds() {
        return answers.stream().map(Feedback::supersedesId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The latest signed reply, or {@code null}. */
    public ReplyItem latestReply() {
        return replies.isEmpty() ? null : replies.get(0);
    }
}
