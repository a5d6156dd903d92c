package cn.jianyi.identity;

import java.time.Instant;

import org.springframework.data.annotation.ReadOnlyProperty;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A login. Handlers and heads belong to a unit; a deputy's login is linked to the deputy. */
@Table("users")
public class UserAccount {

    @Id
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private Long unitId;
    private Long deputyId;
    private boolean enabled;
    private boolean demo;
    /** Written only by {@code LoginAttempts}' UPDATE, never by saving the aggregate (which would undo a count). */
    @ReadOnlyProperty
    private int failedAttempts;
    @ReadOnlyProperty
    private Instant lockedUntil;
    @Embedded.Empty
    private ContactDetails contact = ContactDetails.none();

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, String displayName, Role role, Long unitId,
                        Long deputyId, boolean demo) {
        if (role.hasUnit() != (unitId != null)) {
            throw new IllegalArgumentException("unit is required exactly for handlers and heads");
        }
        if ((role == Role.DEPUTY) != (deputyId != null)) {
            throw new IllegalArgumentException("a deputy login must be linked to a deputy");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.deputyId = deputyId;
        this.enabled = true;
        this.demo = demo;
    }

    public static UserAccount create(String username, String passwordHash, String displayName, Role role,
                                     Long unitId, Long deputyId, boolean demo) {
        return new UserAccount(username, passwordHash, displayName, role, unitId, deputyId, demo);
    }

    /** The person's own notification settings (通知设置), checked: a refusal names the field and changes nothing. */
    void changeContact(ContactDetails details) {
        details.check();
        this.contact = details;
    }

    /** Whether the account is locked now; the count and the lock are kept by {@code LoginAttempts}, in one UPDATE. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long unitId() {
        return unitId;
    }

    public Long deputyId() {
        return deputyId;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean demo() {
        return demo;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public ContactDetails contact() {
        return contact == null ? ContactDetails.none() : contact;
    }
}
