package cn.jianyi.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.shared.RosterSheet;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobFailed;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;

/**
 * 账号名录导入 by the 安全管理员: the office's list of accounts (Excel, the columns of the accounts export) checked row by
 * row in the background with the very checks of a new account ({@link AccountAdministration#checkNew}), then created
 * in one transaction, each with a temporary password to be changed at the first login; with any error nothing is
 * created and the errors come as a report. A roster only creates: a login that exists is an error, and so is a
 * 系统管理员, 安全管理员 or 审计管理员 (privileged accounts are created one by one, ADR 0043). A background job of kind
 * {@code account-roster} ({@code jianyi.jobs.account-roster}), shaped as the units' roster import.
 */
@Service
public class AccountRoster {

    static final JobKind KIND = new JobKind("account-roster", "file", "roster.busy", "roster.unknown");
    /** The largest list accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The columns as the accounts export writes them; the import reads the first eight. */
    public static final List<Spreadsheet.Column> COLUMNS = List.of(new Spreadsheet.Column("登录名", 14),
            new Spreadsheet.Column("姓名", 10), new Spreadsheet.Column("角色", 24), new Spreadsheet.Column("单位", 16),
            new Spreadsheet.Column("代表", 10), new Spreadsheet.Column("代表团", 16), new Spreadsheet.Column("手机", 14),
            new Spreadsheet.Column("所属人大", 22));
    private static final List<String> REQUIRED = List.of("登录名", "姓名", "角色");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(Login.FIELD, "登录名", "displayName", "姓名",
            "roles", "角色", "unitId", "单位", "deputyId", "代表", "mobile", "手机", "congressId", "所属人大");
    /** Roles a roster does not give: each such account is created by itself, at /accounts/new. */
    private static final Set<Role> PRIVILEGED = Set.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
    private static final Logger log = LoggerFactory.getLogger(AccountRoster.class);

    private final AccountAdministration administration;
    private final Directory directory;
    private final BackgroundJobs jobs;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    AccountRoster(AccountAdministration administration, Directory directory, BackgroundJobs jobs,
                  MessageSource messages, TransactionTemplate transaction) {
        this.administration = administration;
        this.directory = directory;
        this.jobs = jobs;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** A checked row: the account to create and its contact details. */
    record NewAccount(int line, AccountCommand command, ContactDetails contact) {
    }

    /** Starts importing the list; refuses an empty or oversized file and a full queue beside the file field. */
    public AccountRosterJob start(String fileName, byte[] content, CurrentUser me) {
        if (!me.can(Permission.ACCOUNTS_MANAGE)) {
            throw new org.springframework.security.access.AccessDeniedException("accounts are the security administrator's");
        }
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "roster.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.onField("file", "roster.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var job = new AccountRosterJob(me.getUsername(), fileName);
        return jobs.start(KIND, job, progress -> run(job, progress, content, me));
    }

    private AccountRosterJob.Imported run(AccountRosterJob job, Progress progress, byte[] content, CurrentUser me) {
        try {
            var errors = new ArrayList<AccountRosterJob.RowError>();
            List<NewAccount> accounts = check(content, me, errors, progress);
            if (!errors.isEmpty()) {
                throw failed(job, errors);
            }
            progress.phase(1, AccountRosterJob.IMPORTING, accounts.size());
            List<AccountAdministration.TemporaryPassword> created = transaction.execute(status -> {
                var passwords = new ArrayList<AccountAdministration.TemporaryPassword>();
                for (NewAccount account : accounts) {
                    passwords.add(administration.create(account.command(), account.contact(), me));
                    progress.advance();
                }
                return passwords;
            });
            job.created(created);
            log.info("Accounts roster {}: {} created", job.fileName(), created.size());
            return new AccountRosterJob.Imported(created.size());
        } catch (JobFailed e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Accounts roster import {} of {} failed", job.id(), job.fileName(), e);
            throw failed(job, List.of(new AccountRosterJob.RowError(0, null, msg("roster.failed"))));
        }
    }

    /** Every row as an account to create, each refusal as an error of its row; nothing is saved. */
    List<NewAccount> check(byte[] content, CurrentUser me, List<AccountRosterJob.RowError> errors,
                           Progress progress) {
        RosterSheet.Read read = RosterSheet.read(content, "登录名", REQUIRED);
        read.problems().forEach(p -> errors.add(new AccountRosterJob.RowError(p.line(), p.column(),
                msg(p.reasonKey(), p.args()))));
        if (!errors.isEmpty()) {
            return List.of();
        }
        progress.phase(0, AccountRosterJob.CHECKING, read.lines().size());
        Map<String, Role> roleByName = new LinkedHashMap<>();
        for (Role role : Role.PRECEDENCE) {
            roleByName.put(msg("Role." + role.name()), role);
        }
        // only those of the security administrator's congresses (ADR 0042): a name another congress also uses is
        // not ambiguous here, and one outside is unknown
        DataScope scope = me.congressScope();
        List<HandlingUnit> units = directory.units().stream().filter(u -> scope.coversCongress(u.congressId()))
                .toList();
        List<Deputy> deputies = directory.deputies().stream().filter(d -> scope.coversCongress(d.congressId()))
                .toList();
        List<AccountAdministration.CongressChoice> congresses = administration.congressChoices(me);
        Set<String> logins = new HashSet<>();
        var accounts = new ArrayList<NewAccount>();
        for (RosterSheet.Line line : read.lines()) {
            progress.advance();
            try {
                NewAccount account = account(line, roleByName, units, deputies, congresses, me);
                if (!logins.add(account.command().username().toLowerCase(Locale.ROOT))) {
                    throw RuleViolation.onField(Login.FIELD, "accountRoster.login.twice", account.command().username());
                }
                accounts.add(account);
            } catch (RuleViolation refused) {
                errors.add(new AccountRosterJob.RowError(line.number(),
                        refused.field() == null ? null : COLUMN_OF_FIELD.get(refused.field()),
                        msg(refused.reasonKey(), refused.args())));
            }
        }
        if (read.lines().isEmpty()) {
            errors.add(new AccountRosterJob.RowError(0, null, msg("roster.file.noRows")));
        }
        return accounts;
    }

    private NewAccount account(RosterSheet.Line line, Map<String, Role> roleByName, List<HandlingUnit> units,
                               List<Deputy> deputies, List<AccountAdministration.CongressChoice> congresses,
                               CurrentUser me) {
        var roles = new ArrayList<Role>();
        for (String token : line.get("角色").split("[、，,;；\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            Role role = roleByName.get(token.strip());
            if (role == null) {
                throw RuleViolation.onField("roles", "accountRoster.role.unknown", token.strip(),
                        roleByName.entrySet().stream().filter(e -> !PRIVILEGED.contains(e.getValue()))
                                .map(Map.Entry::getKey).collect(Collectors.joining("、")));
            }
            if (PRIVILEGED.contains(role)) {
                throw RuleViolation.onField("roles", "accountRoster.role.privileged", token.strip());
            }
            roles.add(role);
        }
        Long unitId = line.get("单位").isEmpty() ? null : unit(line.get("单位"), units);
        Long deputyId = line.get("代表").isEmpty() ? null : deputy(line.get("代表"), line.get("代表团"), deputies);
        String congressCell = line.get("所属人大").replace("（含下级）", "").replace("(含下级)", "");
        Long congressId = congressCell.isEmpty() ? null : congress(congressCell, congresses);
        boolean includeLower = line.get("所属人大").contains("含下级");
        var command = new AccountCommand(line.get("登录名"), line.get("姓名"), roles, unitId, deputyId, congressId,
                includeLower);
        var contact = new ContactDetails(null, line.get("手机"), null, null, false, false);
        contact.check();
        String username = administration.checkNew(command, me);
        return new NewAccount(line.number(), new AccountCommand(username, command.displayName(), roles, unitId,
                deputyId, congressId, includeLower), contact);
    }

    /**
     * 所属人大 of an office account, by the congress's full or short name among those the security administrator may
     * place accounts in; 含下级 after it (as the export writes it) also gives the congresses below. Refused when none
     * matches.
     */
    private static long congress(String name, List<AccountAdministration.CongressChoice> congresses) {
        return congresses.stream().filter(c -> c.name().equals(name) || name.equals(c.shortName())).findFirst()
                .map(AccountAdministration.CongressChoice::id)
                .orElseThrow(() -> RuleViolation.onField("congressId", "accountRoster.congress.unknown", name));
    }

    /** The unit named by its full or short name; refused when none or several have that name. */
    private static long unit(String name, List<HandlingUnit> units) {
        List<HandlingUnit> named = units.stream()
                .filter(u -> u.fullName().equals(name) || u.shortName().equals(name)).toList();
        if (named.isEmpty()) {
            throw RuleViolation.onField("unitId", "accountRoster.unit.unknown", name);
        }
        if (named.size() > 1) {
            throw RuleViolation.onField("unitId", "accountRoster.unit.ambiguous", name);
        }
        return named.get(0).id();
    }

    /** The deputy named, with the 代表团 when the name is not enough; refused when none or several match. */
    private static long deputy(String name, String delegation, List<Deputy> deputies) {
        List<Deputy> named = deputies.stream().filter(d -> d.name().equals(name))
                .filter(d -> delegation.isEmpty() || d.delegation().equals(delegation)).toList();
        if (named.isEmpty()) {
            throw RuleViolation.onField("deputyId", delegation.isEmpty() ? "accountRoster.deputy.unknown"
                    : "accountRoster.deputy.unknownInDelegation", name, delegation);
        }
        if (named.size() > 1) {
            throw RuleViolation.onField("deputyId", "accountRoster.deputy.ambiguous", name);
        }
        return named.get(0).id();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }

    private static JobFailed failed(AccountRosterJob job, List<AccountRosterJob.RowError> errors) {
        job.found(errors);
        return new JobFailed("roster.failed.none", errors.size());
    }

    public AccountRosterJob visibleTo(String id, CurrentUser me) {
        return jobs.visibleTo(KIND, id, me.getUsername(), AccountRosterJob.class);
    }

    public List<AccountRosterJob> of(CurrentUser me) {
        return jobs.of(KIND, me.getUsername(), AccountRosterJob.class);
    }

    /** 错误报告: one row per error. */
    public byte[] errorReport(AccountRosterJob job) {
        return RosterSheet.errorReport(job.errors().stream()
                .map(e -> new RosterSheet.ReportLine(e.line(), e.column(), e.message())).toList());
    }

    /**
     * 临时口令表: each created login with its temporary password, handed out once (empty afterwards: the caller
     * answers 404); the download itself is in the audit log (an export, by route).
     */
    public Optional<byte[]> takeTemporaryPasswords(AccountRosterJob job) {
        List<AccountAdministration.TemporaryPassword> passwords = job.takePasswords();
        if (passwords.isEmpty()) {
            return Optional.empty();
        }
        try (var sheet = Spreadsheet.create("临时口令", List.of(new Spreadsheet.Column("登录名", 16),
                new Spreadsheet.Column("临时口令", 16))); var out = new ByteArrayOutputStream()) {
            for (AccountAdministration.TemporaryPassword password : passwords) {
                sheet.row(password.username(), password.value());
            }
            sheet.writeTo(out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 导入模板: the columns to fill, and a second sheet explaining each and naming the roles a roster may give. */
    public byte[] template() {
        try (var sheet = Spreadsheet.create("账号", COLUMNS); var out = new ByteArrayOutputStream()) {
            sheet.sheet("说明", List.of(new Spreadsheet.Column("列", 10), new Spreadsheet.Column("填写说明", 80)));
            sheet.row("登录名", msg("accountRoster.template.login"));
            sheet.row("姓名", msg("accountRoster.template.name"));
            sheet.row("角色", msg("accountRoster.template.roles", Role.PRECEDENCE.stream()
                    .filter(r -> !PRIVILEGED.contains(r)).map(r -> msg("Role." + r.name()))
                    .collect(Collectors.joining("、"))));
            sheet.row("单位", msg("accountRoster.template.unit"));
            sheet.row("代表", msg("accountRoster.template.deputy"));
            sheet.row("代表团", msg("accountRoster.template.delegation"));
            sheet.row("手机", msg("accountRoster.template.mobile"));
            sheet.row("所属人大", msg("accountRoster.template.congress"));
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
