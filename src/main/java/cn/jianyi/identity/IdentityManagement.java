package cn.jianyi.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;

/** Creates units, deputies and logins (used by administrators' tools and the demo data). */
@Service
@Transactional
public class IdentityManagement {

    private final HandlingUnitRepository units;
    private final DeputyRepository deputies;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcClient jdbc;

    IdentityManagement(HandlingUnitRepository units, DeputyRepository deputies, UserAccountRepository accounts,
                       PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, ApplicationEventPublisher events,
                       MessageSource messages, Clock clock, JdbcClient jdbc) {
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.jdbc = jdbc;
        this.units = units;
        this.deputies = deputies;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public HandlingUnit addUnit(String fullName, String shortName, String docCode, String phone, String postcode,
                                String address) {
        return addUnit(null, fullName, shortName, docCode, phone, postcode, address);
    }

    /**
     * A unit of the congress (demo data and tests; the administrator's {@link UnitDirectory} checks input); without a
     * congress, of the only congress when there is exactly one (ADR 0042).
     */
    public HandlingUnit addUnit(Long congressId, String fullName, String shortName, String docCode, String phone,
                                String postcode, String address) {
        return addUnit(congressId, fullName, shortName, docCode, phone, postcode, address, null);
    }

    /** As {@link #addUnit(Long, String, String, String, String, String, String)}, with the unit's duties (职能). */
    public HandlingUnit addUnit(Long congressId, String fullName, String shortName, String docCode, String phone,
                                String postcode, String address, String responsibilities) {
        return units.save(new HandlingUnit(null, fullName, shortName, docCode, phone, postcode, address,
                responsibilities, true, congressId != null ? congressId : onlyCongress(), null));
    }

    /** A deputy of the only congress when there is exactly one, else of none (tests, historical letters). */
    public Deputy addDeputy(String name, String delegation, String address, String postcode, String phone) {
        return deputies.save(new Deputy(null, name, delegation, address, postcode, phone, true, onlyCongress(), null));
    }

    /** A deputy of the congress sitting in the term (demo data and tests; {@link DeputyDirectory} checks input). */
    public Deputy addDeputy(long congressId, long termId, String name, String delegation, String address,
                            String postcode, String phone) {
        Deputy deputy = deputies.save(new Deputy(null, name, delegation, address, postcode, phone, true, congressId,
                null));
        jdbc.sql("insert into deputy_terms (deputy_id, term_id) values (:d, :t)").param("d", deputy.id())
                .param("t", termId).update();
        return deputy;
    }

    /** Creates a login; the password is stored only as a BCrypt hash. */
    public long addAccount(String username, String rawPassword, String displayName, Role role, Long unitId,
                           Long deputyId, boolean demo) {
        return addAccount(username, hash(rawPassword), displayName, role, unitId, deputyId, demo);
    }

    /**
     * Creates a login with a password hashed beforehand by {@link #hash}: logins that share one password (the demo's)
     * are created with one BCrypt computation instead of one per login, each about a tenth of a second.
     */
    public long addAccount(String username, PasswordHash password, String displayName, Role role, Long unitId,
                           Long deputyId, boolean demo) {
        return addAccount(username, password, displayName, RoleSet.of(role), unitId, deputyId, demo);
    }

    /** Creates a login holding several roles (a unit head who also drafts), with a password hashed by {@link #hash}. */
    public long addAccount(String username, PasswordHash password, String displayName, RoleSet roles, Long unitId,
                           Long deputyId, boolean demo) {
        Long only = onlyCongress();
        return addAccount(username, password, displayName, roles, unitId, deputyId, only,
                only != null && administers(roles), demo);
    }

    /**
     * Creates a login; an office account works for the congress given (with those below it if asked), others take
     * their unit's or deputy's (demo data and tests; {@link AccountAdministration} checks input).
     */
    public long addAccount(String username, PasswordHash password, String displayName, RoleSet roles, Long unitId,
                           Long deputyId, Long congressId, boolean includeLower, boolean demo) {
        UserAccount account = UserAccount.create(username, password.value(), displayName, roles, unitId, deputyId,
                demo, clock.instant());
        account.placeIn(congressId, includeLower);
        return accounts.save(account).id();
    }

    /**
     * The first congress of the installation has been created: every office account without a congress (the first
     * administrator, and the first security and audit administrators it made) now works for it and for those later
     * added below it (ADR 0042). Called by the congress directory; does nothing once a second congress exists.
     */
    public void placeUnplacedIn(long firstCongressId) {
        if (!Long.valueOf(firstCongressId).equals(onlyCongress())) {
            return;
        }
        for (UserAccount account : accounts.findAll()) {
            if (account.roles().needsCongress() && account.congressId() == null) {
                account.placeIn(firstCongressId, true);
                accounts.save(account);
            }
        }
    }

    /** The administrators keep the directory, the accounts and read the log, also of congresses added below theirs. */
    private static boolean administers(RoleSet roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.SECURITY_ADMIN) || roles.contains(Role.AUDIT_ADMIN);
    }

    /** The id of the installation's congress when it has exactly one, else {@code null}. */
    private Long onlyCongress() {
        return CongressTree.read(jdbc).onlyCongress().orElse(null);
    }

    /**
     * 初始化系统管理员: creates the first 系统管理员 on a database without one ({@code bin/jianyi create-admin},
     * {@code JIANYI_BOOTSTRAP_ADMIN}). The password must satisfy the policy and be changed at the first login. Refused
     * (nothing created) when an administrator exists, the login is malformed or taken, or the policy refuses the
     * password; the refusal's key names the reason ({@code identity.admin.exists}, {@code identity.login.*},
     * {@code identity.password.*}).
     */
    public long createFirstAdministrator(String login, String rawPassword) {
        if (administratorExists()) {
            throw new RuleViolation("identity.admin.exists");
        }
        String username = Login.checked(login);
        if (accounts.findByUsername(username).isPresent()) {
            throw RuleViolation.onField(Login.FIELD, "identity.login.taken", username);
        }
        passwordPolicy.check(username, rawPassword, password -> false);
        UserAccount administrator = UserAccount.withPasswordToChange(username, passwordEncoder.encode(rawPassword),
                messages.getMessage("identity.admin.displayName", null, Locale.SIMPLIFIED_CHINESE),
                RoleSet.of(Role.ADMIN), null, null, clock.instant());
        Long only = onlyCongress();                        // none yet (first run): the whole installation, ADR 0042
        administrator.placeIn(only, only != null);
        long id = accounts.save(administrator).id();
        events.publishEvent(new AccountEvent(AccountEvent.Kind.FIRST_ADMINISTRATOR_CREATED, id, username,
                RoleSet.of(Role.ADMIN).asList(), null, clock.instant()));
        return id;
    }

    /** Whether an enabled or disabled 系统管理员 exists (the first-run commands refuse then). */
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return accounts.countWithRole(Role.ADMIN.name()) > 0;
    }

    /**
     * 修改口令: the holder sets a new password. Refused beside the field, nothing changed, when the current password is
     * wrong ({@code currentPassword}), the two new ones differ ({@code confirmation}), or the policy refuses the new
     * one ({@code password}: too short, too few classes, containing the login, one of the latest).
     */
    public void changePassword(ChangePasswordCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        if (!passwordEncoder.matches(command.currentPassword(), account.passwordHash())) {
            throw RuleViolation.onField("currentPassword", "identity.password.current.wrong");
        }
        if (!command.password().equals(command.confirmation())) {
            throw RuleViolation.onField("confirmation", "identity.password.mismatch");
        }
        passwordPolicy.check(account.username(), command.password(),
                password -> account.usedBefore(password, passwordEncoder::matches));
        account.changePassword(passwordEncoder.encode(command.password()), clock.instant(),
                passwordPolicy.settings().history());
        accounts.save(account);
        events.publishEvent(new AccountEvent(AccountEvent.Kind.PASSWORD_CHANGED, account.id(), account.username(),
                account.roles().asList(), account.username(), clock.instant()));
    }

    /** The stored form of a password ({@code {bcrypt}…}), for logins that share it. */
    public PasswordHash hash(String rawPassword) {
        return new PasswordHash(passwordEncoder.encode(rawPassword));
    }

    /** A password as stored: only its hash, never the password itself. */
    public record PasswordHash(String value) {

        @Override
        public String toString() {
            return "PasswordHash[…]";
        }
    }

    /**
     * 通知设置: a person changes their own e-mail address, mobile number, channels and quiet hours. Refused with the
     * field named (a malformed address or number, a channel switched on without its address, one end of the quiet
     * hours only, quiet hours that end when they start), in which case nothing changes.
     */
    public void changeContactDetails(long userId, ContactDetails details) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("user", userId));
        account.changeContact(details);
        accounts.save(account);
    }
}
