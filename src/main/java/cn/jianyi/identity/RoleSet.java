package cn.jianyi.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles one account holds, weightiest first ({@link Role#PRECEDENCE}), with the rules on combining them (ADR
 * 0039):
 * <ul>
 * <li>at least one role;</li>
 * <li>a deputy's login holds 代表 alone (a deputy rates the replies of units: the same login must not draft them);</li>
 * <li>审计管理员 is held alone, and 安全管理员 alone or, where the office allows it
 * ({@code jianyi.security.combine-admin-roles}, checked by {@link IdentityManagement}), with 系统管理员 (三员分立);</li>
 * <li>any other combination is allowed: a unit head who also drafts (负责人 + 承办人), a clerk who also keeps the
 * rules (代表工作机构 + 系统管理员), and an office role with a unit role.</li>
 * </ul>
 * The data scope follows: an office role (代表工作机构, 督查室, 系统管理员) reads every case of the account's congresses
 * (ADR 0042), so it covers a unit role held beside it; otherwise a unit role reads its unit's cases, the deputy role the deputy's; the security and audit
 * administrators alone read none.
 */
public final class RoleSet implements Iterable<Role>, java.io.Serializable {

    /** Kept in the logged-in person's session, which lives in the database (ADR 0064). */
    private static final long serialVersionUID = 1L;

    private final List<Role> roles;

    private RoleSet(Collection<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        Set<Role> set = EnumSet.copyOf(roles);
        this.roles = Role.PRECEDENCE.stream().filter(set::contains).toList();
        if (set.contains(Role.DEPUTY) && set.size() > 1) {
            throw new IllegalArgumentException("a deputy's login holds no other role");
        }
        if (set.contains(Role.AUDIT_ADMIN) && set.size() > 1) {
            throw new IllegalArgumentException("the audit administrator holds no other role");
        }
        if (set.contains(Role.SECURITY_ADMIN) && !EnumSet.of(Role.SECURITY_ADMIN, Role.ADMIN).containsAll(set)) {
            throw new IllegalArgumentException("the security administrator holds no other role but 系统管理员");
        }
    }

    public static RoleSet of(Role... roles) {
        return new RoleSet(List.of(roles));
    }

    public static RoleSet of(Collection<Role> roles) {
        return new RoleSet(roles);
    }

    /** Why these roles may not be held together, as a message key, or {@code null} when they may. */
    public static String conflictOf(Collection<Role> roles) {
        try {
            of(roles);
            return null;
        } catch (IllegalArgumentException e) {
            if (roles.isEmpty()) {
                return "account.roles.empty";
            }
            if (roles.contains(Role.DEPUTY)) {
                return "account.roles.deputyAlone";
            }
            return roles.contains(Role.AUDIT_ADMIN) ? "account.roles.auditAlone" : "account.roles.securityAlone";
        }
    }

    public boolean contains(Role role) {
        return roles.contains(role);
    }

    /** The weightiest role: the one named where a single role is shown (an actor on the timeline). */
    public Role primary() {
        return roles.get(0);
    }

    public List<Role> asList() {
        return roles;
    }

    /** 系统管理员 and 安全管理员 on one account: allowed only where the office combines them. */
    public boolean combinesAdministrators() {
        return contains(Role.ADMIN) && contains(Role.SECURITY_ADMIN);
    }

    /** Whether one of the roles reads every case (代表工作机构, 督查室, 系统管理员). */
    public boolean readsEveryCase() {
        return roles.stream().anyMatch(Role::readsEveryCase);
    }

    public boolean needsUnit() {
        return roles.stream().anyMatch(Role::hasUnit);
    }

    /** Whether the account belongs to a congress of its own (an office role or the security or audit administrator). */
    public boolean needsCongress() {
        return roles.stream().anyMatch(Role::worksInCongress);
    }

    public boolean needsDeputy() {
        return contains(Role.DEPUTY);
    }

    /** The union of the roles' permissions. */
    public Set<String> permissions() {
        return roles.stream().flatMap(role -> role.permissions().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses a unit link without a unit role (or the reverse), and likewise for the deputy link. */
    void checkLinks(Long unitId, Long deputyId) {
        if (needsUnit() != (unitId != null)) {
            throw new IllegalArgumentException("a unit is required exactly for handlers and heads");
        }
        if (needsDeputy() != (deputyId != null)) {
            throw new IllegalArgumentException("a deputy login must be linked to a deputy");
        }
    }

    /**
     * Which cases these roles read (see the class comment); {@code congresses} is the account's own congress scope
     * ({@link DataScope.All} or {@link DataScope.OfCongresses}).
     */
    DataScope scope(Long unitId, Long deputyId, DataScope congresses) {
        if (readsEveryCase()) {
            return congresses;
        }
        if (needsUnit()) {
            return new DataScope.OfUnit(unitId);
        }
        if (needsDeputy()) {
            return new DataScope.OfDeputy(deputyId);
        }
        return new DataScope.None();
    }

    Set<RoleGrant> grants() {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Override
    public Iterator<Role> iterator() {
        return roles.iterator();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleSet that && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return roles.hashCode();
    }

    @Override
    public String toString() {
        return roles.toString();
    }
}
