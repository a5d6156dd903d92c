package cn.jianyi.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.shared.StaleVersion;

/**
 * 账号管理 by the 安全管理员 (三员分立, ADR 0039): list, create, change roles and the unit or deputy link, enable,
 * disable, unlock, reset the password to a temporary one shown once. Before any 安全管理员 or 审计管理员 exists, the
 * 系统管理员 may create the first of each (and nothing else). Bad input is refused beside its field, nothing changed.
 * Every change is published as an {@link AccountEvent} for the audit log.
 */
@Service
@Transactional
public class AccountAdministration {

    private static final Set<Role> FIRST_BY_ADMINISTRATOR = EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final HandlingUnitRepository units;
    private final DeputyRepository deputies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SeparationSettings separation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final LoginAttempts loginAttempts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AccountAdministration(UserAccountRepository accounts, HandlingUnitRepository units, DeputyRepository deputies,
                          PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, SeparationSettings separation,
                          ApplicationEventPublisher events, Clock clock, LoginAttempts loginAttempts,
                          org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.loginAttempts = loginAttempts;
        this.accounts = accounts;
        this.units = units;
        this.deputies = deputies;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.separation = separation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One account as the list shows it; {@code congressName} is the short name of its congress (its own, or its unit's
     * or deputy's; ADR 0042), with 含下级 when it covers those below, {@code null} for one placed in none.
     */
    public record AccountRow(long id, String username, String displayName, List<Role> roles, String unitName,
                             String deputyName, String deputyDelegation, String mobile, boolean enabled,
                             Instant lastLoginAt, boolean locked, boolean demo, String congressName) {

        /** 所属人大 as an accounts roster reads it: an office account's own congress, blank for the others. */
        public String officeCongress() {
            return RoleSet.of(roles).needsCongress() ? congressName : null;
        }
    }

    /** A password set by the security administrator, shown once and never stored but as its hash. */
    public record TemporaryPassword(String username, String value) {

        @Override
        public String toString() {
            return "TemporaryPassword[" + username + "]";
        }
    }

    /**
     * Every account within the security administrator's congresses (ADR 0042), the locked ones first (the security
     * administrator's first business), then by login.
     */
    @Transactional(readOnly = true)
    public List<AccountRow> list(CurrentUser by) {
        requireManager(by);
        Instant now = clock.instant();
        var congressNames = congressNames();
        return accounts.findAll().stream().filter(a -> within(a, by))
                .sorted(Comparator.comparing((UserAccount a) -> !a.isLockedAt(now)).thenComparing(UserAccount::username))
                .map(a -> row(a, congressNames, now))
                .toList();
    }

    /** One account within the security administrator's congresses as the list shows it, as it is now. */
    @Transactional(readOnly = true)
    public AccountRow row(long id, CurrentUser by) {
        requireManager(by);
        return row(find(id, by), congressNames(), clock.instant());
    }

    private AccountRow row(UserAccount a, java.util.Map<Long, String> congressNames, Instant now) {
        HandlingUnit unit = a.unitId() == null ? null : units.findById(a.unitId()).orElse(null);
        Deputy deputy = a.deputyId() == null ? null : deputies.findById(a.deputyId()).orElse(null);
        Long congress = a.roles().needsCongress() ? a.congressId()
                : unit != null ? unit.congressId() : deputy != null ? deputy.congressId() : null;
        String congressName = congress == null ? null
                : congressNames.get(congress) + (a.includeLower() ? "（含下级）" : "");
        return new AccountRow(a.id(), a.username(), a.displayName(), a.roles().asList(),
                unit == null ? null : unit.shortName(),
                deputy == null ? null : deputy.name(), deputy == null ? null : deputy.delegation(),
                a.contact().mobile(), a.enabled(), a.lastLoginAt(), a.isLockedAt(now), a.demo(),
                congressName);
    }

    private java.util.Map<Long, String> congressNames() {
        var congressNames = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, short_name from congresses").query((rs, row) -> congressNames.put(rs.getLong(1),
                rs.getString(2))).list();
        return congressNames;
    }

    /** An account within the security administrator's congresses; outside them it is "not found". */
    @Transactional(readOnly = true)
    public UserAccount account(long id, CurrentUser by) {
        requireManager(by);
        return find(id, by);
    }

    /** The roles {@code by} may give on a new account: all for the security administrator; else the missing firsts. */
    @Transactional(readOnly = true)
    public List<Role> grantableRoles(CurrentUser by) {
        if (by.can(Permission.ACCOUNTS_MANAGE)) {
            return Role.PRECEDENCE;
        }
        if (by.has(Role.ADMIN)) {
            return FIRST_BY_ADMINISTRATOR.stream().filter(role -> accounts.countWithRole(role.name()) == 0)
                    .sorted(Comparator.comparing(Role.PRECEDENCE::indexOf)).toList();
        }
        return List.of();
    }

    /**
     * 新建账号 with a temporary password (shown once; changed at the first login). Refused beside its field: a
     * malformed or taken login ({@code username}), no name ({@code displayName}), roles that may not be held together
     * ({@code roles}), a unit role without a unit or a unit without one ({@code unitId}), likewise the deputy.
     */
    public TemporaryPassword create(AccountCommand command, CurrentUser by) {
        return create(command, ContactDetails.none(), by);
    }

    /**
     * As {@link #create(AccountCommand, CurrentUser)}, with the person's contact details (the roster's 手机), refused
     * beside their field when malformed.
     */
    public TemporaryPassword create(AccountCommand command, ContactDetails contact, CurrentUser by) {
        String username = checkNew(command, by);
        RoleSet roles = RoleSet.of(command.roles());
        String temporary = temporaryPassword(username);
        UserAccount fresh = UserAccount.withPasswordToChange(username, passwordEncoder.encode(temporary),
                command.displayName(), roles, command.unitId(), command.deputyId(), clock.instant());
        fresh.changeContact(contact);
        fresh.placeIn(checkedCongress(command, roles, by), command.includeLower());
        UserAccount account = accounts.save(fresh);
        publish(AccountEvent.Kind.ACCOUNT_CREATED, account, by);
        if (roles.combinesAdministrators()) {
            publish(AccountEvent.Kind.ADMINISTRATOR_ROLES_COMBINED, account, by);
        }
        return new TemporaryPassword(username, temporary);
    }

    /**
     * Every check {@link #create(AccountCommand, CurrentUser)} makes, nothing saved (a roster checks all its rows
     * before it creates any); returns the login as it will be stored. {@link AccessDeniedException} when {@code by}
     * may not give these roles.
     */
    @Transactional(readOnly = true)
    public String checkNew(AccountCommand command, CurrentUser by) {
        List<Role> grantable = grantableRoles(by);
        if (grantable.isEmpty() || !grantable.containsAll(command.roles())) {
            throw new AccessDeniedException("may not give these roles");
        }
        List<RuleViolation> found = new ArrayList<>();   // the independent checks, every refusal at once (ADR 0049)
        String username = RuleViolations.attempt(found, () -> {
            String login = Login.checked(command.username());
            if (accounts.findByUsername(login).isPresent()) {
                throw RuleViolation.onField(Login.FIELD, "identity.login.taken", login);
            }
            return login;
        });
        checkedAccount(command, by, found);
        RuleViolations.throwIfAny(found);
        return username;
    }

    /** The name, and the roles with their unit, deputy and congress: each refusal beside its field, all at once. */
    private Long checkedAccount(AccountCommand command, CurrentUser by, List<RuleViolation> found) {
        RuleViolations.attempt(found, () -> checkedName(command));
        RoleSet roles = RuleViolations.attempt(found, () -> checkedRoles(command, by));
        return roles == null ? null : RuleViolations.attempt(found, () -> checkedCongress(command, roles, by));
    }

    /**
     * 修改角色: the name, roles and unit or deputy link of an account, refused as {@link #create} refuses; and as a
     * concurrent change ({@link StaleVersion}) when the account changed since the form was read, or while this ran.
     */
    public void change(long id, AccountCommand command, CurrentUser by) {
        requireManager(by);
        UserAccount account = find(id, by);
        StaleVersion.check("account", id, command.readVersion(), account.version());
        List<RuleViolation> found = new ArrayList<>();
        Long congressId = checkedAccount(command, by, found);
        RuleViolations.throwIfAny(found);
        RoleSet roles = RoleSet.of(command.roles());
        boolean combinedBefore = account.roles().combinesAdministrators();
        account.changeRoles(command.displayName(), roles, command.unitId(), command.deputyId());
        account.placeIn(congressId, command.includeLower());
        accounts.save(account);
        publish(AccountEvent.Kind.ROLES_CHANGED, account, by);
        if (roles.combinesAdministrators() && !combinedBefore) {
            publish(AccountEvent.Kind.ADMINISTRATOR_ROLES_COMBINED, account, by);
        }
    }

    /** 启用. */
    public void enable(long id, CurrentUser by) {
        requireManager(by);
        UserAccount account = find(id, by);
        account.enable();
        accounts.save(account);
        publish(AccountEvent.Kind.ENABLED, account, by);
    }

    /** 停用. One's own account is not disabled (the last security administrator would lock everyone out). */
    public void disable(long id, CurrentUser by) {
        requireManager(by);
        UserAccount account = find(id, by);
        if (account.id() == by.id()) {
            throw new RuleViolation("account.disable.self");
        }
        account.disable();
        accounts.save(account);
        publish(AccountEvent.Kind.DISABLED, account, by);
    }

    /** 解锁: ends a lock-out after too many wrong passwords. */
    public void unlock(long id, CurrentUser by) {
        requireManager(by);
        UserAccount account = find(id, by);
        loginAttempts.startAfresh(account.username());
        publish(AccountEvent.Kind.UNLOCKED, account, by);
    }

    /** 重置口令: a temporary password, shown once, to be changed at the next login; also ends a lock-out. */
    public TemporaryPassword resetPassword(long id, CurrentUser by) {
        requireManager(by);
        UserAccount account = find(id, by);
        String temporary = temporaryPassword(account.username());
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant(), passwordPolicy.settings().history());
        accounts.save(account);
        loginAttempts.startAfresh(account.username());
        publish(AccountEvent.Kind.PASSWORD_RESET, account, by);
        return new TemporaryPassword(account.username(), temporary);
    }

    /**
     * 所属人大 of an office account: one of {@code by}'s congresses; left out, the only congress of an installation
     * with one, none before the first congress exists (the account works across the installation until that congress
     * is created, ADR 0042), and required once there are several. None for other accounts, which take their unit's or
     * deputy's.
     */
    private Long checkedCongress(AccountCommand command, RoleSet roles, CurrentUser by) {
        if (!roles.needsCongress()) {
            return null;
        }
        Long congressId = command.congressId();
        if (congressId == null) {
            List<Long> all = jdbc.sql("select id from congresses").query(Long.class).list();
            if (all.size() > 1) {
                throw RuleViolation.onField("congressId", "account.congress.required");
            }
            congressId = all.isEmpty() ? null : all.get(0);
            if (congressId == null) {
                return null;
            }
        }
        if (!congressExists(congressId) || !by.congressScope().coversCongress(congressId)) {
            throw RuleViolation.onField("congressId", "account.congress.outside");
        }
        return congressId;
    }

    /** The congresses a new or changed account may be placed in: those of {@code by}'s scope, as (id, name). */
    @Transactional(readOnly = true)
    public List<CongressChoice> congressChoices(CurrentUser by) {
        return jdbc.sql("select id, name, short_name from congresses order by name")
                .query((rs, row) -> new CongressChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(c -> by.congressScope().coversCongress(c.id())).toList();
    }

    /** A congress offered on the account form (and named in an accounts roster by either name). */
    public record CongressChoice(long id, String name, String shortName) {
    }

    /** Whether the account lies in {@code by}'s congresses: its own congress, or its unit's or deputy's. */
    private boolean within(UserAccount account, CurrentUser by) {
        DataScope scope = by.congressScope();
        if (scope instanceof DataScope.All) {
            return true;
        }
        if (account.roles().needsCongress()) {
            return scope.coversCongress(account.congressId());
        }
        if (account.unitId() != null) {
            return scope.coversCongress(units.findById(account.unitId()).map(HandlingUnit::congressId).orElse(null));
        }
        return account.deputyId() != null
                && scope.coversCongress(deputies.findById(account.deputyId()).map(Deputy::congressId).orElse(null));
    }

    private boolean congressExists(long id) {
        return jdbc.sql("select count(*) from congresses where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private static String checkedName(AccountCommand command) {
        if (command.displayName().isEmpty()) {
            throw RuleViolation.onField("displayName", "account.displayName.required");
        }
        if (command.displayName().length() > 40) {
            throw RuleViolation.onField("displayName", "account.displayName.tooLong");
        }
        return command.displayName();
    }

    private RoleSet checkedRoles(AccountCommand command, CurrentUser by) {
        String conflict = RoleSet.conflictOf(command.roles());
        if (conflict != null) {
            throw RuleViolation.onField("roles", conflict);
        }
        RoleSet roles = RoleSet.of(command.roles());
        if (roles.combinesAdministrators() && !separation.combineAdminRoles()) {
            throw RuleViolation.onField("roles", "account.roles.combineOff");
        }
        if (roles.needsUnit() && command.unitId() == null) {
            throw RuleViolation.onField("unitId", "account.unit.required");
        }
        if (!roles.needsUnit() && command.unitId() != null) {
            throw RuleViolation.onField("unitId", "account.unit.notApplicable");
        }
        if (command.unitId() != null && !units.findById(command.unitId())
                .filter(unit -> by.congressScope().coversCongress(unit.congressId())).isPresent()) {
            throw RuleViolation.onField("unitId", "account.unit.required");
        }
        if (roles.needsDeputy() && command.deputyId() == null) {
            throw RuleViolation.onField("deputyId", "account.deputy.required");
        }
        if (!roles.needsDeputy() && command.deputyId() != null) {
            throw RuleViolation.onField("deputyId", "account.deputy.notApplicable");
        }
        if (command.deputyId() != null && !deputies.findById(command.deputyId())
                .filter(deputy -> by.congressScope().coversCongress(deputy.congressId())).isPresent()) {
            throw RuleViolation.onField("deputyId", "account.deputy.required");
        }
        return roles;
    }

    /** 12 characters of capitals, small letters and digits (no 0/O, 1/l/I), checked by the policy like any other. */
    private String temporaryPassword(String username) {
        while (true) {
            var password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
            }
            String candidate = password.toString();
            if (passwordPolicy.refusal(username, candidate, p -> false).isEmpty()) {
                return candidate;
            }
        }
    }

    private static void requireManager(CurrentUser by) {
        if (!by.can(Permission.ACCOUNTS_MANAGE)) {
            throw new AccessDeniedException("accounts are the security administrator's");
        }
    }

    private UserAccount find(long id, CurrentUser by) {
        return accounts.findById(id).filter(account -> within(account, by))
                .orElseThrow(() -> new NotFoundException("user", id));
    }

    private void publish(AccountEvent.Kind kind, UserAccount account, CurrentUser by) {
        events.publishEvent(new AccountEvent(kind, account.id(), account.username(), account.roles().asList(),
                by.getUsername(), clock.instant()));
    }
}
