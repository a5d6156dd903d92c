package cn.jianyi.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final ReplyCommitmentLinks links;

    Commitments(CommitmentRepository commitments, ReplyRepository replies, SuggestionManagement suggestions,
                Clock clock, ReplyCommitmentLinks links) {
        this.links = links;
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

    /** Whether the reply states any commitment, its own or carried (a promising class needs one to be signed). */
    @Transactional(readOnly = true)
    public boolean anyOn(long replyId) {
        return !onReply(replyId).isEmpty();
    }

    /**
     * The commitments a reply states: those promised on it and those it carries from the unit's earlier replies
     * (ADR 0045), in the order they were promised.
     */
    @Transactional(readOnly = true)
    public List<Commitment> onReply(long replyId) {
        var all = new ArrayList<>(commitments.findByReplyIdOrderById(replyId));
        commitments.findAllById(links.carriedBy(replyId)).forEach(all::add);
        all.sort(Comparator.comparing(Commitment::id));
        return List.copyOf(all);
    }

    /** The ids of the commitments the reply carries from earlier replies. */
    @Transactional(readOnly = true)
    public Set<Long> carriedBy(long replyId) {
        return Set.copyOf(links.carriedBy(replyId));
    }

    /**
     * The open commitments of the unit's signed replies on the case: what a redraft carries (ADR 0045), soonest due
     * first.
     */
    @Transactional(readOnly = true)
    public List<Commitment> openFromEarlierRounds(long suggestionId, long unitId) {
        return commitments.findBySuggestionIdOrderByDueOnAscIdAsc(suggestionId).stream()
                .filter(c -> c.unitId() == unitId && c.isOpen())
                .filter(c -> replies.findById(c.replyId()).map(Reply::isSigned).orElse(false))
                .toList();
    }

    /**
     * The drafting form's refusals of its commitments, every one at once (ADR 0045): a new or own commitment due
     * today or earlier; a carried one is as it was promised and not checked again.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> refusals(long suggestionId, long unitId, List<DraftCommitment> lines) {
        Set<Long> carried = openFromEarlierRounds(suggestionId, unitId).stream().map(Commitment::id)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        var refusals = new ArrayList<RuleViolation>();
        for (int i = 0; i < lines.size(); i++) {
            DraftCommitment line = lines.get(i);
            if (line.id() != null && carried.contains(line.id())) {
                continue;
            }
            if (line.description() == null || line.description().isEmpty()) {
                refusals.add(RuleViolation.onField("commitments[" + i + "].description",
                        "handling.commitment.descriptionRequired"));
            } else if (line.description().length() > 500) {
                refusals.add(RuleViolation.onField("commitments[" + i + "].description", "field.tooLong", 500));
            }
            if (line.dueOn() == null) {
                refusals.add(RuleViolation.onField("commitments[" + i + "].dueOn", "handling.commitment.dueRequired"));
            } else if (!line.dueOn().isAfter(today)) {
                refusals.add(RuleViolation.onField("commitments[" + i + "].dueOn", "handling.commitment.dueInPast"));
            }
        }
        return refusals;
    }

    /**
     * Saves the drafting form's commitments with the draft (ADR 0045): new ones are promised on it, its own ones
     * changed or, when left out, removed; carried ones are linked, not copied (one commitment, one status). The
     * caller has checked {@link #refusals}.
     */
    void keepWithDraft(Reply draft, List<DraftCommitment> lines, String by) {
        if (draft.isSigned()) {
            throw new RuleViolation("handling.commitment.replySigned");
        }
        Map<Long, Commitment> own = new HashMap<>();
        commitments.findByReplyIdOrderById(draft.id()).forEach(c -> own.put(c.id(), c));
        Set<Long> carriable = openFromEarlierRounds(draft.suggestionId(), draft.unitId()).stream()
                .map(Commitment::id).collect(Collectors.toSet());
        var carried = new LinkedHashSet<Long>();
        var kept = new HashSet<Long>();
        for (DraftCommitment line : lines) {
            if (line.id() == null) {
                commitments.save(Commitment.promise(draft, line.description(), line.dueOn(), by, clock.instant()));
            } else if (own.containsKey(line.id())) {
                Commitment commitment = own.get(line.id());
                commitment.revise(line.description(), line.dueOn());
                commitments.save(commitment);
                kept.add(line.id());
            } else if (carriable.contains(line.id())) {
                carried.add(line.id());
            } else {
                throw new NotFoundException("commitment", line.id());
            }
        }
        own.values().stream().filter(c -> !kept.contains(c.id())).forEach(commitments::delete);
        links.replace(draft.id(), carried);
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
