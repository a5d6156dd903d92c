package cn.jianyi.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.jianyi.shared.Actor;

/** The logged-in person, with role, unit or deputy link, permissions and data scope. */
public final class CurrentUser implements UserDetails {

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long unitId;
    private final String unitName;
    private final Long deputyId;
    private final boolean accountNonLocked;
    private final boolean enabled;

    CurrentUser(UserAccount account, String unitName, boolean accountNonLocked, boolean enabled) {
        this.id = account.id();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.role = account.role();
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

    public Role role() {
        return role;
    }

    /** The unit a handler or head acts for; {@code null} for other roles. */
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

    public boolean can(String permission) {
        return role.permissions().contains(permission);
    }

    public DataScope dataScope() {
        return switch (role) {
            case CLERK, SUPERVISOR, ADMIN -> new DataScope.All();
            case HANDLER, HEAD -> new DataScope.OfUnit(unitId);
            case DEPUTY -> new DataScope.OfDeputy(deputyId);
            case AUDIT_ADMIN -> new DataScope.None();
        };
    }

    public Actor toActor() {
        return new Actor(username, displayName, role.name(), unitName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new java.util.ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().stream().sorted().map(SimpleGrantedAuthority::new).forEach(authorities::add);
        return List.copyOf(authorities);
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
