package cn.jianyi.identity;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DirectoryChanged.Change;
import cn.jianyi.identity.DirectoryChanged.Subject;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.StaleVersion;

/**
 * 代表名录: the administrator adds and changes deputies with their terms, deactivates them, and deletes a deputy
 * nothing refers to yet. A deputy with suggestions, co-signatures, feedback or an account is never deleted: the
 * refusal says to deactivate. Every change publishes {@link DirectoryChanged}.
 */
@Service
@Transactional
public class DeputyDirectory {

    private final DeputyRepository deputies;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DeputyDirectory(DeputyRepository deputies, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.deputies = deputies;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Adds a deputy ({@code id} null) or changes one, with the terms given (and no others). A change is refused as a
     * concurrent one ({@link StaleVersion}) when the deputy changed since the form was read, or while this save ran;
     * the terms are written after the deputy's row, which the save holds until it commits.
     */
    public Deputy save(SaveDeputyCommand command) {
        Deputy existing = command.id() == null ? null : deputy(command.id());
        if (existing != null) {
            StaleVersion.check("deputy", existing.id(), command.readVersion(), existing.version());
        }
        Deputy saved = deputies.save(new Deputy(command.id(), command.name(), command.delegation(), command.address(),
                command.postcode(), command.mobile(), existing == null || existing.active(), command.congressId(),
                existing == null ? null : existing.version()));
        jdbc.sql("delete from deputy_terms where deputy_id = :d").param("d", saved.id()).update();
        for (Long term : command.termIds()) {
            jdbc.sql("insert into deputy_terms (deputy_id, term_id) values (:d, :t)").param("d", saved.id())
                    .param("t", term).update();
        }
        publish(saved, existing == null ? Change.ADDED : Change.CHANGED, command.actor());
        return saved;
    }

    /** 停用: no longer a deputy (term ended, resigned); their suggestions and letters stay. */
    public Deputy deactivate(long id, Actor actor) {
        Deputy deputy = deputy(id);
        if (!deputy.active()) {
            throw new RuleViolation("directory.deputy.alreadyInactive", deputy.name());
        }
        Deputy saved = deputies.save(deputy.withActive(false));
        publish(saved, Change.DEACTIVATED, actor);
        return saved;
    }

    /** 启用 again. */
    public Deputy activate(long id, Actor actor) {
        Deputy deputy = deputy(id);
        if (deputy.active()) {
            throw new RuleViolation("directory.deputy.alreadyActive", deputy.name());
        }
        Deputy saved = deputies.save(deputy.withActive(true));
        publish(saved, Change.ACTIVATED, actor);
        return saved;
    }

    /**
     * Deletes a deputy entered by mistake. Refused while an account belongs to the deputy, or (found by the
     * database's foreign keys) a suggestion, co-signature, submission or feedback names them.
     */
    public void delete(long id, Actor actor) {
        Deputy deputy = deputy(id);
        if (jdbc.sql("select count(*) from users where deputy_id = :id").param("id", id).query(Long.class).single() > 0) {
            throw new RuleViolation("directory.deputy.hasAccount", deputy.name());
        }
        try {
            jdbc.sql("delete from deputy_terms where deputy_id = :id").param("id", id).update();
            jdbc.sql("delete from deputies where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException referenced) {
            throw new RuleViolation("directory.deputy.hasCases", deputy.name());
        }
        publish(deputy, Change.DELETED, actor);
    }

    @Transactional(readOnly = true)
    public Deputy deputy(long id) {
        return deputies.findById(id).orElseThrow(() -> new NotFoundException("deputy", id));
    }

    /** The terms the deputy sits in. */
    @Transactional(readOnly = true)
    public List<Long> termsOf(long deputyId) {
        return jdbc.sql("select term_id from deputy_terms where deputy_id = :d order by term_id")
                .param("d", deputyId).query(Long.class).list();
    }

    /** The deputies of a congress (every deputy when {@code congressId} is null), active first, then by id. */
    @Transactional(readOnly = true)
    public List<Deputy> deputies(Long congressId) {
        return deputies.findAll().stream().filter(d -> congressId == null || congressId.equals(d.congressId()))
                .sorted(Comparator.comparing((Deputy d) -> !d.active()).thenComparing(Deputy::id)).toList();
    }

    private void publish(Deputy deputy, Change change, Actor actor) {
        events.publishEvent(new DirectoryChanged(Subject.DEPUTY, deputy.id(), deputy.name(), change, actor));
    }
}
