package cn.jianyi.api;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.feedback.RehandlingDecided;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.suggestion.CaseClosed;
import cn.jianyi.suggestion.CaseMerged;
import cn.jianyi.suggestion.CaseRegistered;
import cn.jianyi.suggestion.CaseWithdrawn;

/**
 * The acts that move a case's status (ADR 0031's events, not the timeline record), each queueing the webhook
 * deliveries of the case after its commit ({@link Webhooks#queue}, in a transaction of its own) and starting their
 * sending. Bookkeeping: a database fault is logged and the act, already committed, stands.
 */
@Component
class WebhookTriggers {

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;

    WebhookTriggers(Webhooks webhooks, WebhookDeliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @TransactionalEventListener
    void on(CaseRegistered event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener
    void on(CaseAssigned event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener(condition = "#event.caseReplied()")
    void on(ReplySigned event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener
    void on(RehandlingDecided event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener
    void on(CaseClosed event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener
    void on(CaseWithdrawn event) {
        changed(event.suggestionId());
    }

    @TransactionalEventListener
    void on(CaseMerged event) {
        changed(event.suggestionId());
    }

    private void changed(long suggestionId) {
        DatabaseFaults.bestEffort("queueing webhook deliveries",
                () -> deliveries.queued(webhooks.queue(suggestionId)));
    }
}
