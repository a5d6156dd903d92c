package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.suggestion.CaseCondition;

/**
 * The {@link CaseCondition}s on the replies and commitments of a case, for the home pages' to-do lists. A unit has at
 * most one draft on a case ({@link Replies#saveDraft} revises it; a new one only after signing), which
 * {@link ReplyQueries#draftOf} returns. The conditions on a unit's draft and on commitments due narrow ({@link
 * CaseCondition#narrows}): few cases have them, read from the unit's replies or the open commitments.
 */
public final class ReplyConditions {

    private ReplyConditions() {
    }

    /** The unit has no draft on the case. */
    public static CaseCondition noDraftOf(long unitId) {
        return (caseId, values) -> caseId + " not in (select dr.suggestion_id from replies dr where dr.unit_id = "
                + values.bind(unitId) + " and dr.status = 'DRAFT')";
    }

    /** The unit's draft is with its handler, not returned by the head (拟稿中: not submitted, not 退回修改). */
    public static CaseCondition draftBeingWritten(long unitId) {
        return draft(unitId, "dr.submitted_at is null and not " + RETURNED);
    }

    /** The unit's draft is back with its handler after the head returned it ({@link ReplyQueries#returnedForRevision}). */
    public static CaseCondition draftReturned(long unitId) {
        return draft(unitId, "dr.submitted_at is null and " + RETURNED);
    }

    /** The unit's draft waits for its head's signature (送签, {@link Reply#isSubmitted}). */
    public static CaseCondition draftSubmitted(long unitId) {
        return draft(unitId, "dr.submitted_at is not null");
    }

    /** The latest comment on the draft {@code dr} is a return (退回修改). */
    private static final String RETURNED = "exists (select 1 from reply_comments rc where rc.reply_id = dr.id"
            + " and rc.returned = true and not exists (select 1 from reply_comments lc where lc.reply_id = dr.id"
            + " and lc.id > rc.id))";

    private static CaseCondition draft(long unitId, String stage) {
        return CaseCondition.narrowing((caseId, values) -> caseId + " in (select dr.suggestion_id from replies dr"
                + " where dr.unit_id = " + values.bind(unitId) + " and dr.status = 'DRAFT' and " + stage + ")");
    }

    /**
     * The id of the case's latest signed reply ({@link ReplyQueries#latestSigned}: the last by round, then id), or
     * null: a scalar subquery, for conditions on what answers that reply.
     */
    public static String latestSignedReplyOf(String caseId) {
        return "(select lr.id from replies lr where lr.suggestion_id = " + caseId + " and lr.status = 'SIGNED'"
                + " and not exists (select 1 from replies lx where lx.suggestion_id = " + caseId
                + " and lx.status = 'SIGNED' and (lx.round > lr.round or lx.round = lr.round and lx.id > lr.id)))";
    }

    /**
     * The case has an open commitment of a signed reply ({@link Commitments#openCommitments}) due on or before the day
     * ({@link Commitment#isDueBy}).
     */
    public static CaseCondition commitmentDueBy(LocalDate day) {
        return commitmentDue(day, null);
    }

    /** As {@link #commitmentDueBy(LocalDate)}, a commitment of the unit. */
    public static CaseCondition commitmentDueBy(long unitId, LocalDate day) {
        return commitmentDue(day, unitId);
    }

    private static CaseCondition commitmentDue(LocalDate day, Long unitId) {
        return CaseCondition.narrowing((caseId, values) -> caseId + " in (select oc.suggestion_id from commitments oc"
                + " join replies ocr on ocr.id = oc.reply_id where oc.status = 'OPEN' and ocr.status = 'SIGNED'"
                + " and oc.due_on <= " + values.bind(day)
                + (unitId == null ? "" : " and oc.unit_id = " + values.bind(unitId)) + ")");
    }
}
