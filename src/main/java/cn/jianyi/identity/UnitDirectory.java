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
 * 承办单位名录: the administrator adds and changes units, deactivates them (an inactive unit is not offered for new
 * assignments; its cases go on) and deletes a unit nothing refers to yet. A unit that has cases, letters or
 * accounts is never deleted: the refusal says to deactivate it. Every change publishes {@link DirectoryChanged}.
 */
@Service
@Transactional
public class UnitDirectory {

    private final HandlingUnitRepository units;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UnitDirectory(HandlingUnitRepository units, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.units = units;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Adds a unit ({@code id} null) or changes one; its active state stays as it is. A change is refused as a
     * concurrent one ({@link StaleVersion}) when the unit changed since the form was read, or while this save ran.
     */
    public HandlingUnit save(SaveUnitCommand command) {
        HandlingUnit existing = command.id() == null ? null : unit(command.id());
        if (existing != null) {
            StaleVersion.check("unit", existing.id(), command.readVersion(), existing.version());
        }
        long other = command.id() == null ? -1L : command.id();
        if (jdbc.sql("select count(*) from units where full_name = :name and id <> :id")
                .param("name", command.fullName()).param("id", other).query(Long.class).single() > 0) {
            throw RuleViolation.onField("fullName", "directory.unit.nameTaken", command.fullName());
        }
        jdbc.sql("select short_name from units where congress_id = :congress and doc_code = :code and id <> :id")
                .param("congress", command.congressId()).param("code", command.docCode()).param("id", other)
                .query(String.class).list().stream().findFirst().ifPresent(holder -> {
                    throw RuleViolation.onField("docCode", "directory.unit.docCodeTaken", command.docCode(), holder);
                });
        HandlingUnit saved = units.save(new HandlingUnit(command.id(), command.fullName(), command.shortName(),
                command.docCode(), command.phone(), command.postcode(), command.address(), command.responsibilities(),
                existing == null || existing.active(), command.congressId(),
                existing == null ? null : existing.version()));
        publish(saved, existing == null ? Change.ADDED : Change.CHANGED, command.actor());
        return saved;
    }

    /** 停用: no longer offered for new assignments; the cases it has go on. */
    public HandlingUnit deactivate(long id, Actor actor) {
        HandlingUnit unit = unit(id);
        if (!unit.active()) {
            throw new RuleViolation("directory.unit.alreadyInactive", unit.shortName());
        }
        HandlingUnit saved = units.save(unit.deactivated());
        publish(saved, Change.DEACTIVATED, actor);
        return saved;
    }

    /** 启用: offered for new assignments again. */
    public HandlingUnit activate(long id, Actor actor) {
        HandlingUnit unit = unit(id);
        if (unit.active()) {
            throw new RuleViolation("directory.unit.alreadyActive", unit.shortName());
        }
        HandlingUnit saved = units.save(unit.activated());
        publish(saved, Change.ACTIVATED, actor);
        return saved;
    }

    /**
     * Deletes a unit entered by mistake. Refused while anything refers to it: an account, or (found by the
     * database's foreign keys, which every table of cases, letters and archives has) a case assigned to it now or
     * once; such a unit is deactivated instead. The refused delete rolls back with the use case's transaction.
     */
    public void delete(long id, Actor actor) {
        HandlingUnit unit = unit(id);
        long accounts = jdbc.sql("select count(*) from users where unit_id = :id").param("id", id)
                .query(Long.class).single();
        if (accounts > 0) {
            throw new RuleViolation("directory.unit.hasAccounts", unit.shortName(), accounts);
        }
        try {
            jdbc.sql("delete from units where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException referenced) {   // a case, a letter, an archive record refers to it
            throw new RuleViolation("directory.unit.hasCases", unit.shortName());
        }
        publish(unit, Change.DELETED, actor);
    }

    @Transactional(readOnly = true)
    public HandlingUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** The units of a congress (every unit when {@code congressId} is null), active first, then by id. */
    @Transactional(readOnly = true)
    public List<HandlingUnit> units(Long congressId) {
        return units.findAll().stream().filter(u -> congressId == null || congressId.equals(u.congressId()))
                .sorted(Comparator.comparing((HandlingUnit u) -> !u.active()).thenComparing(HandlingUnit::id))
                .toList();
    }

    private void publish(HandlingUnit unit, Change change, Actor actor) {
        events.publishEvent(new DirectoryChanged(Subject.UNIT, unit.id(), unit.fullName(), change, actor));
    }
}
