package cn.jianyi.archive;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The start-up step of the archive import: a batch still RUNNING in the database when the application starts was cut
 * off when it last stopped (its reading ran on a thread of that run), so it is marked FAILED with the reason
 * {@link ImportBatch.Failure#RESTART} and its unread files counted, never left 正在读取 (ADR 0032). Not on a
 * command-line run ({@code bin/jianyi}), which may share the database with a running server.
 */
@Component
@ConditionalOnExpression("!${jianyi.cli.enabled:false}")
class InterruptedImports {

    private final ArchiveImports imports;

    InterruptedImports(ArchiveImports imports) {
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markCutOffBatches() {
        imports.markCutOff();
    }
}
