package cn.jianyi.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;

/** 名录: the handling units and deputies other modules look up. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final HandlingUnitRepository units;
    private final DeputyRepository deputies;
    private final UserAccountRepository accounts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Directory(HandlingUnitRepository units, DeputyRepository deputies, UserAccountRepository accounts,
              org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.units = units;
        this.deputies = deputies;
        this.accounts = accounts;
    }

    public List<HandlingUnit> units() {
        return units.findAll().stream().sorted(Comparator.comparing(HandlingUnit::id)).toList();
    }

    /** The units offered for new assignments (not deactivated), by id. */
    public List<HandlingUnit> activeUnits() {
        return units().stream().filter(HandlingUnit::active).toList();
    }

    /**
     * The units a person with this scope may see and choose (ADR 0042): those of the office's congresses, a unit's own,
     * none for a deputy or the separated administrators.
     */
    public List<HandlingUnit> units(DataScope scope) {
        if (scope instanceof DataScope.OfUnit own) {
            return units().stream().filter(u -> u.id() == own.unitId()).toList();
        }
        return units().stream().filter(u -> scope.coversCongress(u.congressId())).toList();
    }

    /** The active units of one congress, offered when its cases are assigned (ADR 0042). */
    public List<HandlingUnit> activeUnitsOf(Long congressId) {
        return activeUnits().stream().filter(u -> java.util.Objects.equals(u.congressId(), congressId)).toList();
    }

    /** The deputies of the scope's congresses (ADR 0042), by id. */
    public List<Deputy> deputies(DataScope scope) {
        return deputies().stream().filter(d -> scope.coversCongress(d.congressId())).toList();
    }

    public HandlingUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<HandlingUnit> findUnit(long id) {
        return units.findById(id);
    }

    public List<Deputy> deputies() {
        return deputies.findAll().stream().sorted(Comparator.comparing(Deputy::id)).toList();
    }

    public Deputy deputy(long id) {
        return deputies.findById(id).orElseThrow(() -> new NotFoundException("deputy", id));
    }

    public Optional<Deputy> findDeputy(long id) {
        return deputies.findById(id);
    }

    /**
     * The people's names of these logins (disabled accounts too: a record keeps who did it), by login; a login that
     * is no account's (系统, a deleted account) is left out, so a page shows the login it has.
     */
    public java.util.Map<String, String> namesOf(Collection<String> usernames) {
        var names = new java.util.HashMap<String, String>();
        var wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            jdbc.sql("select username, display_name from users where username in (:usernames)")
                    .param("usernames", wanted)
                    .query((rs, row) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                    .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** The enabled logins among these ids (unknown or disabled ones left out), by id. */
    public List<AccountContact> accounts(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of()
                : accounts.findByIdInAndEnabledTrueOrderById(userIds).stream().map(AccountContact::of).toList();
    }

    /** The enabled logins of these units' handlers and heads, by id. */
    public List<AccountContact> accountsOfUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of()
                : accounts.findByUnitIdInAndEnabledTrueOrderById(unitIds).stream().map(AccountContact::of).toList();
    }

    /** The enabled logins of these deputies, by id. */
    public List<AccountContact> accountsOfDeputies(Collection<Long> deputyIds) {
        return deputyIds.isEmpty() ? List.of()
                : accounts.findByDeputyIdInAndEnabledTrueOrderById(deputyIds).stream().map(AccountContact::of).toList();
    }

    /** The enabled logins with this role, by id. */
    public List<AccountContact> accountsWithRole(Role role) {
        return accounts.findEnabledWithRole(role.name()).stream().map(AccountContact::of).toList();
    }

    /**
     * The enabled logins with this office role whose congresses cover the congress (ADR 0042): the clerks or
     * supervisors told of a case are those of its congress and of the congresses above it that include it.
     */
    public List<AccountContact> accountsWithRole(Role role, long congressId) {
        CongressTree tree = CongressTree.read(jdbc);
        return accounts.findEnabledWithRole(role.name()).stream()
                .filter(a -> tree.scopeFor(true, a.congressId(), a.includeLower()).coversCongress(congressId))
                .map(AccountContact::of).toList();
    }
}
