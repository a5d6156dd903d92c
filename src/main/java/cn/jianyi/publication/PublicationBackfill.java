package cn.jianyi.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, every signed reply without a publication record gets one (ADR 0057): replies signed before the module
 * existed, in demo data and existing installations. Done in Java rather than in the migration because the deadline
 * is counted on the working-day calendar under each congress's rules, which SQL cannot do portably. Idempotent.
 */
@Component
class PublicationBackfill {

    private static final Logger log = LoggerFactory.getLogger(PublicationBackfill.class);

    private final Publications publications;

    PublicationBackfill(Publications publications) {
        this.publications = publications;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void openMissing() {
        int opened = publications.openMissing();
        if (opened > 0) {
            log.info("Publication records opened for {} replies signed before the publication module", opened);
        }
    }
}
