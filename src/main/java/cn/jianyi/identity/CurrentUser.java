package cn.jianyi.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.jianyi.shared.Actor;

/**
 * The logged-in person, with roles, unit or deputy link, the union of the roles' permissions and the data scope the
 * roles give ({@link RoleSet}).
 */
public final class CurrentUser implements UserDetails {

    /** Kept in the session, which lives in the database (ADR 0064): serializable, as UserDetails are. */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final RoleSet roles;
    private final Long unitId;
    private final String unitName;
    private final Long deputyId;
    private final Long congressId;
    private final boolean includeLower;
    private final DataScope congresses;
    private final boolean accountNonLocked;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    /**
     * @param congressId   the account's congress, or its unit's or deputy's ({@code null}: placed in none)
     * @param includeLower with the congresses below it
     * @param tree         the congress tree the congresses it works in are resolved from
     */
    CurrentUser(UserAccount account, String unitName, boolean accountNonLocked, boolean enabled,
                boolean passwordChangeRequired, Long congressId, boolean includeLower, CongressTree tree) {
        this.congressId = congressId;
        this.includeLower = includeLower;
        this.congresses = tree.scopeFor(account.roles().needsCongress(), congressId, includeLower);
        this.passwordChangeRequired = passwordChangeRequired;
        this.id = account.id();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.unitId = account.unitId();
        this.unitName = unitName;
        this.deputyId = account.deputyId();
        this.accountNonLocked = accountNonLocked;
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The person's roles, weightiest first. */
    public RoleSet roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the person is a deputy, who holds no other role: her pages speak her words (ADR 0048). */
    public boolean isDeputy() {
        return roles.contains(Role.DEPUTY);
    }

    /** Whether one of the person's roles reads every case, drafts included (the offices and the administrator). */
    public boolean readsEveryCase() {
        return roles.readsEveryCase();
    }

    /** The unit a handler or head acts for; {@code null} for an account without a unit role. */
    public Long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    /** The deputy a deputy's login is linked to; {@code null} for other roles. */
    public Long deputyId() {
        return deputyId;
    }

    /**
     * Whether the person must set a new password before anything else (a password someone else chose, or one past
     * its age): every page but 修改口令 and logging out leads there.
     */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean can(String permission) {
        return roles.permissions().contains(permission);
    }

    /** Which cases the person reads: an office role those of its congresses, a unit its own, a deputy theirs. */
    public DataScope dataScope() {
        return roles.scope(unitId, deputyId, congresses);
    }

    /**
     * The congresses the person works in, whatever the roles (ADR 0042): the directory, the accounts, the statistics,
     * the rules and the audit log are read and kept within them. {@link DataScope.All} for an office account placed in
     * no congress (the first administrator before the first congress), otherwise {@link DataScope.OfCongresses}.
     */
    public DataScope congressScope() {
        return congresses;
    }

    /** The congress the account belongs to (its own, or its unit's or deputy's); {@code null} when none. */
    public Long congressId() {
        return congressId;
    }

    /** Whether the account also covers the congresses below its own. */
    public boolean includeLower() {
        return includeLower;
    }

    /** The same person with the congresses resolved again from the current tree (each request, ADR 0042). */
    CurrentUser resolvedIn(CongressTree tree) {
        DataScope now = tree.scopeFor(roles.needsCongress(), congressId, includeLower);
        return now.equals(congresses) ? this : new CurrentUser(this, now);
    }

    private CurrentUser(CurrentUser user, DataScope congresses) {
        this.includeLower = user.includeLower;
        this.id = user.id;
        this.username = user.username;
        this.passwordHash = user.passwordHash;
        this.displayName = user.displayName;
        this.roles = user.roles;
        this.unitId = user.unitId;
        this.unitName = user.unitName;
        this.deputyId = user.deputyId;
        this.congressId = user.congressId;
        this.congresses = congresses;
        this.accountNonLocked = user.accountNonLocked;
        this.enabled = user.enabled;
        this.passwordChangeRequired = user.passwordChangeRequired;
    }

    public Actor toActor() {
        return new Actor(username, displayName, roles.primary().name(), unitName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new java.util.ArrayList<GrantedAuthority>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        roles.permissions().stream().sorted().map(SimpleGrantedAuthority::new).forEach(authorities::add);
        return List.copyOf(authorities);
    }

    /** The same account (by id): the session registry counts an account's sessions by its principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
