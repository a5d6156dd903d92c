package cn.jianyi.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
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
    /**
     * Raised by every save: of two changes made at once (two security administrators, or one and the holder), the
     * second is refused instead of undoing the first (ADR 0065). The bookkeeping of logins is written apart by one
     * statement each and raises nothing (see {@link #failedAttempts}, {@link #lastLoginAt}).
     */
    @Version
    private Integer version;
    private String username;
    private String passwordHash;
    private String displayName;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();
    private Long unitId;
    private Long deputyId;
    /** The congress an office account works for (ADR 0042); {@code null} for unit and deputy accounts. */
    private Long congressId;
    /** With {@link #congressId}: also every congress below it (所辖人大). */
    private boolean includeLower;
    private boolean enabled;
    private boolean demo;
    /** Written only by {@code LoginAttempts}' UPDATE, never by saving the aggregate (which would undo a count). */
    @ReadOnlyProperty
    private int failedAttempts;
    @ReadOnlyProperty
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    /** Written only by {@code LastLogins}' UPDATE: a login neither raises the version nor undoes a change. */
    @ReadOnlyProperty
    private Instant lastLoginAt;
    @MappedCollection(idColumn = "user_id")
    private Set<PasswordUse> passwordHistory = new HashSet<>();
    @Embedded.Empty
    private ContactDetails contact = ContactDetails.none();

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, String displayName, RoleSet roles, Long unitId,
                        Long deputyId, boolean demo, Instant now) {
        roles.checkLinks(unitId, deputyId);
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.grants();
        this.unitId = unitId;
        this.deputyId = deputyId;
        this.enabled = true;
        this.demo = demo;
        this.passwordChangedAt = now;
        this.passwordHistory.add(new PasswordUse(passwordHash, now));
    }

    /** A new login whose password was set {@code now} (by its holder: no change is required). */
    public static UserAccount create(String username, String passwordHash, String displayName, RoleSet roles,
                                     Long unitId, Long deputyId, boolean demo, Instant now) {
        return new UserAccount(username, passwordHash, displayName, roles, unitId, deputyId, demo, now);
    }

    /**
     * A new login with a password someone else chose (the first administrator's from the command line or the
     * environment, a temporary one from the security administrator): its holder must change it at the first login.
     */
    static UserAccount withPasswordToChange(String username, String passwordHash, String displayName, RoleSet roles,
                                            Long unitId, Long deputyId, Instant now) {
        UserAccount account = create(username, passwordHash, displayName, roles, unitId, deputyId, false, now);
        account.mustChangePassword = true;
        return account;
    }

    /**
     * The holder sets a new password (already checked against {@link PasswordPolicy}, see {@link #usedBefore}); the
     * history keeps the latest {@code keep} hashes, this one included.
     */
    void changePassword(String newHash, Instant now, int keep) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        remember(newHash, now, keep);
    }

    /** The security administrator sets a temporary password: the holder must change it at the next login. */
    void resetPassword(String temporaryHash, Instant now, int keep) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        remember(temporaryHash, now, keep);
    }

    private void remember(String hash, Instant now, int keep) {
        passwordHistory.add(new PasswordUse(hash, now));
        List<PasswordUse> latest = passwordHistory.stream()
                .sorted(Comparator.comparing(PasswordUse::changedAt).reversed()).limit(Math.max(keep, 1)).toList();
        passwordHistory.retainAll(latest);
    }

    /** Whether the raw password matches the current one or one of the history (by the encoder's match). */
    boolean usedBefore(String rawPassword, BiPredicate<String, String> matches) {
        return matches.test(rawPassword, passwordHash)
                || passwordHistory.stream().anyMatch(use -> matches.test(rawPassword, use.passwordHash()));
    }

    /**
     * Whether the holder must set a new password before anything else: one someone else chose, or one past its age.
     * Demo logins share a published password and are exempt (they work only while demo data is on).
     */
    public boolean requiresPasswordChange(PasswordPolicy policy, Instant now) {
        return !demo && (mustChangePassword || policy.isExpired(passwordChangedAt, now));
    }

    /** 修改角色 (checked by the caller against {@link RoleSet} and the links' existence). */
    void changeRoles(String displayName, RoleSet roles, Long unitId, Long deputyId) {
        roles.checkLinks(unitId, deputyId);
        this.displayName = displayName;
        this.roles = roles.grants();
        this.unitId = unitId;
        this.deputyId = deputyId;
    }

    /**
     * 所属人大: the congress an office account works for, and whether also those below it; none for an account without
     * an office role (units and deputies take their unit's or deputy's). The caller checks the congress is in its own
     * scope.
     */
    void placeIn(Long congressId, boolean includeLower) {
        if (congressId == null && includeLower) {
            throw new IllegalArgumentException("the congresses below which congress?");
        }
        boolean office = roles().needsCongress();
        this.congressId = office ? congressId : null;
        this.includeLower = office && includeLower;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
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

    /** The version the account was read at ({@code null} before it is first saved). */
    public Integer version() {
        return version;
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

    /** The congress of an office account; {@code null} for others and for one working across the installation. */
    public Long congressId() {
        return congressId;
    }

    public boolean includeLower() {
        return includeLower;
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
