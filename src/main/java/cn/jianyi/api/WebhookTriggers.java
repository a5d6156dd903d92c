package cn.jianyi.api;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.feedback.RehandlingDecided;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.shared.AfterCommit;
import cn.jianyi.suggestion.CaseClosed;
import cn.jianyi.suggestion.CaseMerged;
import cn.jianyi.suggestion.CaseRegistered;
import cn.jianyi.suggestion.CaseWithdrawn;

/**
 * The acts that move a case's status (ADR 0031's events, not the timeline record), each queueing the webhook
 * deliveries of the case in the act's own transaction ({@link Webhooks#queue}: a transactional outbox, so a delivery
 * exists exactly when its act committed, and no second pooled connection is taken while the act holds one), and
 * starting their sending once the act has committed.
 */
@Component
class WebhookTriggers {

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;

    WebhookTriggers(Webhooks webhooks, WebhookDeliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @EventListener
    void on(CaseRegistered event) {
        changed(event.suggestionId());
    }

    @EventListener
    void on(CaseAssigned event) {
        changed(event.suggestionId());
    }

    @EventListener(condition = "#event.caseReplied()")
    void on(ReplySigned event) {
        changed(event.suggestionId());
    }

    @EventListener
    void on(RehandlingDecided event) {
        changed(event.suggestionId());
    }

    @EventListener
    void on(CaseClosed event) {
        changed(event.suggestionId());
    }

    @EventListener
    void on(CaseWithdrawn event) {
        changed(event.suggestionId());
    }

    @EventListener
    void on(CaseMerged event) {
        changed(event.suggestionId());
    }

    private void changed(long suggestionId) {
        int queued = webhooks.queue(suggestionId);
        if (queued == 0) {
            return;
        }
        // hands the sending to the job runner's thread once the act committed: no connection here
        AfterCommit.run(() -> deliveries.queued(queued));
    }
}
