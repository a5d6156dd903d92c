package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Decision;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/** The replies of cases as people may read them, and which reply acts a person may perform on a case now. */
@Service
@Transactional(readOnly = true)
public class ReplyQueries {

    private final ReplyRepository replies;
    private final SuggestionQueries queries;
    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final Countersigning countersigning;
    private final SignReadiness readiness;
    private final ReplyCommentRepository comments;

    ReplyQueries(ReplyRepository replies, SuggestionQueries queries, SuggestionManagement suggestions,
                 Assignments assignments, Countersigning countersigning, SignReadiness readiness,
                 ReplyCommentRepository comments) {
        this.comments = comments;
        this.replies = replies;
        this.queries = queries;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.countersigning = countersigning;
        this.readiness = readiness;
    }

    /**
     * The reply acts open to the person on the case now: drafting from {@link ReplyPolicies#unitMayDraft} (what
     * {@link Replies#saveDraft} checks), signing with what {@link SignReadiness} still awaits, countersigning from
     * {@link Countersigning#mayCountersign}.
     */
    public ReplyActions actionsFor(long suggestionId, CurrentUser me, LocalDate today) {
        if (me.unitId() == null) {
            return ReplyActions.NONE;
        }
        Suggestion suggestion = suggestions.get(suggestionId);
        Optional<Reply> ownDraft = draftOf(suggestionId, me.unitId());
        Optional<Assignment> task = assignments.taskOf(suggestionId, me.unitId());
        boolean mayDraft = me.can(Permission.REPLY_DRAFT) && task.isPresent()
                && ReplyPolicies.unitMayDraft(suggestion, me.unitId(), task.get()) instanceof Decision.Allowed;
        boolean submitted = ownDraft.filter(Reply::isSubmitted).isPresent();
        boolean draft = mayDraft && !submitted;
        Optional<Reply> toSign = ownDraft.filter(r -> me.can(Permission.REPLY_SIGN)
                && ReplyPolicies.caseIsInHandling(suggestion) instanceof Decision.Allowed);
        List<Decision.Rejected> awaited = toSign.map(r -> readiness.awaited(r, suggestion, today)).orElse(List.of());
        return new ReplyActions(draft, draft ? ownDraft.map(Reply::id).orElse(null) : null,
                toSign.map(Reply::id).orElse(null), awaited, countersignReplyId(suggestion, me),
                draft ? ownDraft.map(Reply::id).orElse(null) : null, submitted);
    }

    /** The lead unit's draft the user's co-unit is to countersign now, if the rules require 会签. */
    private Long countersignReplyId(Suggestion suggestion, CurrentUser me) {
        if (!me.can(Permission.OPINION_GIVE)) {
            return null;
        }
        return suggestion.units().stream().filter(u -> u.role() == HandlingRole.LEAD).map(CaseUnit::unitId)
                .findFirst()
                .flatMap(lead -> draftOf(suggestion.id(), lead))
                .filter(draft -> countersigning.mayCountersign(draft, me.unitId()))
                .map(Reply::id).orElse(null);
    }

    public List<Reply> repliesOf(long suggestionId) {
        return replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestionId);
    }

    public List<Reply> signedRepliesOf(long suggestionId) {
        return repliesOf(suggestionId).stream().filter(Reply::isSigned).toList();
    }

    /**
     * Every signed reply of a meeting's cases inside the scope: by suggestion number, then round (a re-handled case's
     * replies in the order they were signed), then reply.
     */
    public List<Reply> signedRepliesOfMeeting(long meetingId, DataScope scope) {
        List<Long> cases = queries.idsInMeeting(meetingId, scope);
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        cases.forEach(id -> order.put(id, order.size()));
        return replies.findBySuggestionIdInAndStatus(cases, Reply.Status.SIGNED).stream()
                .sorted(Comparator.comparing((Reply r) -> order.get(r.suggestionId()))
                        .thenComparing(Reply::round).thenComparing(Reply::id))
                .toList();
    }

    /** The latest signed reply of a case: the one the deputy rates. */
    public Optional<Reply> latestSigned(long suggestionId) {
        List<Reply> signed = signedRepliesOf(suggestionId);
        return signed.isEmpty() ? Optional.empty() : Optional.of(signed.get(signed.size() - 1));
    }

    public Optional<Reply> draftOf(long suggestionId, long unitId) {
        return repliesOf(suggestionId).stream()
                .filter(r -> r.unitId() == unitId && !r.isSigned())
                .findFirst();
    }

    /**
     * The reply if the person may read it: its case lies in their scope, and a draft only for its own unit, the
     * congress and supervision offices, the administrator, and (where 会签 is required) the co-units of the case —
     * never for deputies. Otherwise {@link NotFoundException}.
     */
    public Reply visibleTo(long replyId, CurrentUser me) {
        Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("reply", replyId));
        if (!queries.isVisible(reply.suggestionId(), me.dataScope())) {
            throw new NotFoundException("reply", replyId);
        }
        boolean draftReader = me.readsEveryCase()
                || reply.unitId().equals(me.unitId())
                || me.unitId() != null && countersigning.countersignRequired(reply.suggestionId())
                        && assignments.taskOf(reply.suggestionId(), me.unitId()).isPresent();   // 会签 by co-units
        if (!reply.isSigned() && !draftReader) {
            throw new NotFoundException("reply", replyId);
        }
        return reply;
    }

    /** 退回修改: the draft is with its handler again after the head returned it (its latest comment a return). */
    public boolean returnedForRevision(Reply draft) {
        if (draft.stage() != Reply.Stage.DRAFT) {
            return false;
        }
        List<ReplyComment> onDraft = comments.findByReplyIdOrderById(draft.id());
        return !onDraft.isEmpty() && onDraft.get(onDraft.size() - 1).returned();
    }

    public Optional<Reply> find(long replyId) {
        return replies.findById(replyId);
    }
}
