package cn.jianyi.casesearch;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jianyi.archive.LetterArchived;
import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.assignment.ReturnDecided;
import cn.jianyi.feedback.RehandlingDecided;
import cn.jianyi.handling.CoUnitOpinionGiven;
import cn.jianyi.handling.DeputyContacted;
import cn.jianyi.handling.ReplyClassReviewed;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.shared.AfterCommit;
import cn.jianyi.suggestion.CaseMerged;
import cn.jianyi.suggestion.CaseRegistered;
import cn.jianyi.suggestion.CaseTransitioned;
import cn.jianyi.suggestion.CaseWithdrawn;
import cn.jianyi.suggestion.UnitReplaced;

/**
 * The acts that change what the index holds of a case or a letter, each appending a change row in the act's own
 * transaction (a transactional outbox, as {@code api.WebhookTriggers}: a plain listener, so no second pooled
 * connection and no row for a rolled-back act), and kicking this instance's follower once the act committed.
 * Registration, assignment (and a unit replaced after a return), a status change (closing, re-handling, withdrawal,
 * merge, archiving), a signed reply and its reviewed class, a contact, a co-unit opinion, a confirmed or discarded
 * archive letter.
 */
@Component
class ChangeLogTriggers {

    private final SearchChanges changes;
    private final CaseIndex index;

    ChangeLogTriggers(SearchChanges changes, CaseIndex index) {
        this.changes = changes;
        this.index = index;
    }

    @EventListener
    void on(CaseRegistered event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(CaseAssigned event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(UnitReplaced event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(ReturnDecided event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(CaseTransitioned event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(CaseWithdrawn event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(CaseMerged event) {
        caseChanged(event.suggestionId());
        caseChanged(event.targetId());
    }

    @EventListener
    void on(RehandlingDecided event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(ReplySigned event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(ReplyClassReviewed event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(DeputyContacted event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(CoUnitOpinionGiven event) {
        caseChanged(event.suggestionId());
    }

    @EventListener
    void on(LetterArchived event) {
        append(SearchChanges.Subject.LETTER, event.letterId());
    }

    private void caseChanged(long suggestionId) {
        append(SearchChanges.Subject.CASE, suggestionId);
    }

    private void append(SearchChanges.Subject subject, long id) {
        changes.append(subject, id);
        AfterCommit.run(index::kick);       // on the follower's thread: no connection taken here
    }
}
