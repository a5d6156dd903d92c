package cn.jianyi.handling;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The draft's hand-offs inside the lead unit (ADR 0045): 送签 (the handler submits the draft to the head), 退回修改
 * (the head returns it with a comment, and the handler may edit it again) and the head's comment without a return.
 * Each is a timeline line and an event the notices follow.
 */
@Service
@Transactional
public class DraftHandoffs {

    private final ReplyRepository replies;
    private final ReplyVersionRepository versions;
    private final ReplyCommentRepository comments;
    private final SuggestionManagement suggestions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftHandoffs(ReplyRepository replies, ReplyVersionRepository versions, ReplyCommentRepository comments,
                  SuggestionManagement suggestions, ApplicationEventPublisher events, Clock clock) {
        this.replies = replies;
        this.versions = versions;
        this.comments = comments;
        this.suggestions = suggestions;
        this.events = events;
        this.clock = clock;
    }

    /** 送签: the unit's draft goes to its head; refused (409) when it is already submitted or signed. */
    public Reply submitForSigning(long replyId, long unitId, Actor actor) {
        Reply reply = ownReply(replyId, unitId);
        Suggestion suggestion = suggestions.get(reply.suggestionId());
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        reply.submitForSigning(actor.username(), clock.instant());
        Reply saved = replies.save(reply);
        int versionNo = versions.findByReplyIdOrderByVersionNo(saved.id()).size();
        suggestions.recordActivity(suggestion.id(), CaseAction.SUBMIT_DRAFT, actor,
                (saved.round() > 1 ? "第" + saved.round() + "轮（再次答复）" : "第" + saved.round() + "轮")
                        + "答复稿第" + versionNo + "稿送负责人签发", unitId);
        events.publishEvent(new DraftSubmitted(saved.id(), suggestion.id(), unitId, saved.round(), actor.username()));
        return saved;
    }

    /**
     * 退回修改 (the draft returns to its handler, editable again; refused with 409 unless it was submitted) or a comment
     * that leaves the draft where it is (on any draft of the unit).
     */
    public ReplyComment comment(DraftCommentCommand command) {
        Reply reply = ownReply(command.replyId(), command.unitId());
        if (reply.isSigned()) {
            throw new IllegalTransitionException(reply.stage(), "comment");
        }
        Suggestion suggestion = suggestions.get(reply.suggestionId());
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        if (command.returning()) {
            reply.returnForRevision();
            replies.save(reply);
        }
        ReplyComment saved = comments.save(new ReplyComment(null, reply.id(), suggestion.id(), command.returning(),
                command.comment(), command.actor().username(), command.actor().displayName(), clock.instant()));
        suggestions.recordActivity(suggestion.id(), command.returning() ? CaseAction.RETURN_DRAFT
                : CaseAction.COMMENT_DRAFT, command.actor(), command.comment(), command.unitId());
        events.publishEvent(new DraftReturned(reply.id(), suggestion.id(), command.unitId(), reply.round(),
                command.returning(), command.comment(), command.actor().username()));
        return saved;
    }

    /** The head's comments on a reply, oldest first. */
    @Transactional(readOnly = true)
    public List<ReplyComment> commentsOn(long replyId) {
        return comments.findByReplyIdOrderById(replyId);
    }

    private Reply ownReply(long replyId, long unitId) {
        return replies.findById(replyId).filter(r -> r.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("reply", replyId));
    }
}
