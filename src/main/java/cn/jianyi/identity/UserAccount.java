package cn.jianyi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A login with one or more roles (a unit head who also drafts holds 负责人 and 承办人). An account with a unit role
 * (承办人, 负责人) belongs to that unit; a deputy's login is linked to the deputy and holds no other role; the
 * security and audit administrators hold their role alone (三员分立, see {@link RoleSet}).
 */
@Table("users")
public class UserAccount {

    @Id
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();
    private Long unitId;
    private Long deputyId;
    private boolean enabled;
    private boolean demo;
    private int failedAttempts;
    private Instant lockedUntil;
    @Embedded.Empty
    private ContactDetails contact = ContactDetails.none();

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, String displayName, RoleSet roles, Long unitId,
                        Long deputyId, boolean demo) {
        roles.checkLinks(unitId, deputyId);
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.grants();
        this.unitId = unitId;
        this.deputyId = deputyId;
        this.enabled = true;
        this.demo = demo;
    }

    public static UserAccount create(String username, String passwordHash, String displayName, RoleSet roles,
                                     Long unitId, Long deputyId, boolean demo) {
        return new UserAccount(username, passwordHash, displayName, roles, unitId, deputyId, demo);
    }

    public static UserAccount create(String username, String passwordHash, String displayName, Role role,
                                     Long unitId, Long deputyId, boolean demo) {
        return create(username, passwordHash, displayName, RoleSet.of(role), unitId, deputyId, demo);
    }

    /** Counts a failed login; the account locks for {@code lockFor} once {@code maxAttempts} is reached. */
    void recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        if (isLockedAt(now)) {
            return;
        }
        if (lockedUntil != null) {       // an earlier lock has expired: start counting afresh
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
        }
    }

    /** The person's own notification settings (通知设置), checked: a refusal names the field and changes nothing. */
    void changeContact(ContactDetails details) {
        details.check();
        this.contact = details;
    }

    void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

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

    /** The account's roles, weightiest first ({@link Role#PRECEDENCE}). */
    public RoleSet roles() {
        return RoleSet.of(roles.stream().map(RoleGrant::role).toList());
    }

    public boolean has(Role role) {
        return roles.contains(new RoleGrant(role));
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
