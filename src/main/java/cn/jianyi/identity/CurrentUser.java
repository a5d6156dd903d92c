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

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final RoleSet roles;
    private final Long unitId;
    private final String unitName;
    private final Long deputyId;
    private final boolean accountNonLocked;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    CurrentUser(UserAccount account, String unitName, boolean accountNonLocked, boolean enabled) {
        this(account, unitName, accountNonLocked, enabled, false);
    }

    CurrentUser(UserAccount account, String unitName, boolean accountNonLocked, boolean enabled,
                boolean passwordChangeRequired) {
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

    public DataScope dataScope() {
        return roles.scope(unitId, deputyId);
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
