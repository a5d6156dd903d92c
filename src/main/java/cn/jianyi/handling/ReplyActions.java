package cn.jianyi.handling;

import java.util.List;

import cn.jianyi.shared.Decision;

/**
 * The reply acts open to a person on a case now, answered from the same policies the commands use.
 *
 * @param draft              may write or revise the unit's draft ({@link ReplyPolicies#unitMayDraft})
 * @param draftId            the unit's draft being revised, or {@code null} for a new one
 * @param signReplyId        the unit's draft the person may sign, or {@code null}
 * @param signAwaited        what signing that draft still waits for ({@link SignReadiness}): empty when it can be
 *                           signed today
 * @param countersignReplyId the lead unit's draft the person's co-unit may countersign now, or {@code null}
 * @param submitReplyId      the unit's draft the person may submit to the head now (送签), or {@code null}
 * @param submitted          the unit's draft is with its head (已送签): shown instead of the drafting button
 */
public record ReplyActions(boolean draft, Long draftId, Long signReplyId, List<Decision.Rejected> signAwaited,
                           Long countersignReplyId, Long submitReplyId, boolean submitted) {

    public static final ReplyActions NONE = new ReplyActions(false, null, null, List.of(), null, null, false);

    public ReplyActions {
        signAwaited = List.copyOf(signAwaited);
    }

    public boolean any() {
        return draft || signReplyId != null || countersignReplyId != null || submitReplyId != null || submitted;
    }
}
