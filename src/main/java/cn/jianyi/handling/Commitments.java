package cn.jianyi.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;

/** 办理承诺 and 跟踪办理: what a unit promises on its draft reply, and the follow-up once it is due. */
@Service
@Transactional
public class Commitments {

    private final CommitmentRepository commitments;
    private final ReplyRepository replies;
    private final SuggestionManagement suggestions;
    private final Clock clock;

    Commitments(CommitmentRepository commitments, ReplyRepository replies, SuggestionManagement suggestions,
                Clock clock) {
        this.commitments = commitments;
        this.replies = replies;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /**
     * 登记办理承诺 on the unit's own draft: what it promises and by when (after today). A reply whose class implies a
     * commitment cannot be signed without one.
     */
    public Commitment promise(PromiseCommand command) {
        Reply reply = replies.findById(command.replyId()).filter(r -> r.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        if (reply.isSigned()) {
            throw new RuleViolation("handling.commitment.replySigned");
        }
        if (!command.dueOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("dueOn", "handling.commitment.dueInPast");
        }
        return commitments.save(Commitment.promise(reply, command.description(), command.dueOn(),
                command.actor().username(), clock.instant()));
    }

    /** Takes a commitment off the unit's draft again (only while the reply is a draft). */
    public void withdrawPromise(long commitmentId, long unitId) {
        Commitment commitment = commitments.findById(commitmentId).filter(c -> c.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
        Reply reply = replies.findById(commitment.replyId()).orElseThrow();
        if (reply.isSigned()) {
            throw new RuleViolation("handling.commitment.replySigned");
        }
        commitments.delete(commitment);
    }

    /**
     * 再次答复 or 说明情况 on an open commitment of the unit: closes it, with the text given to the deputy, on a date
     * not before the reply and not in the future. Recorded on the case timeline.
     */
    public Commitment followUp(FollowUpCommand command) {
        Commitment commitment = commitments.findById(command.commitmentId()).filter(c -> c.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("commitment", command.commitmentId()));
        Reply reply = replies.findById(commitment.replyId()).orElseThrow();
        if (command.on().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "handling.followUp.dateInFuture");
        }
        if (command.on().isBefore(reply.signedOn())) {
            throw RuleViolation.onField("on", "handling.followUp.dateBeforeReply", reply.signedOn());
        }
        String text = command.text();
        if (command.outcome() == Commitment.Status.FULFILLED) {
            commitment.fulfil(text, command.on(), command.actor().username());
        } else {
            commitment.explain(text, command.on(), command.actor().username());
        }
        Commitment saved = commitments.save(commitment);
        suggestions.recordActivity(commitment.suggestionId(), CaseAction.FOLLOW_UP, command.actor(),
                "办理承诺“" + commitment.description() + "”"
                        + (command.outcome() == Commitment.Status.FULFILLED ? "已兑现，再次答复：" : "未能如期兑现，说明情况：")
                        + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOf(long suggestionId) {
        return commitments.findBySuggestionIdOrderByDueOnAscIdAsc(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOfReply(long replyId) {
        return commitments.findByReplyIdOrderById(replyId);
    }

    /** Whether the unit promised anything on the reply (a promising class needs it to be signed). */
    @Transactional(readOnly = true)
    public boolean anyOn(long replyId) {
        return !commitments.findByReplyIdOrderById(replyId).isEmpty();
    }

    /** Every open commitment of signed replies, soonest due first (for the to-do lists and the office). */
    @Transactional(readOnly = true)
    public List<Commitment> openCommitments() {
        return commitments.findOpenOfSignedReplies();
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> findCommitment(long id) {
        return commitments.findById(id);
    }
}
