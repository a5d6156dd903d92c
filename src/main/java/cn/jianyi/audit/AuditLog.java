package cn.jianyi.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.jianyi.api.ApiCalled;
import cn.jianyi.api.ApiTokenChanged;
import cn.jianyi.calendar.CalendarChanged;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.rules.ClassCheckRuleChanged;
import cn.jianyi.rules.RuleSetSaved;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.documents.UnitSealUploaded;
import cn.jianyi.identity.AccountEvent;
import cn.jianyi.identity.AccountLocked;
import cn.jianyi.identity.DirectoryChanged;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.web.ClientRequests;
import cn.jianyi.statistics.AssessmentSchemeSaved;
import cn.jianyi.suggestion.CongressDirectoryChanged;

/**
 * Writes the security audit log (安全审计, ADR 0038) from what the modules publish: logins, logouts and failed
 * logins (Spring Security's events), changes to the rules, the calendar and the assessment scheme (after their
 * transaction commits, on the request's thread so the client is known). A record is bookkeeping: if the database
 * fails it, the failure is logged and the audited act goes on (ADR 0029). The case timeline is not copied here; it is
 * the case's own business record.
 */
@Component
public class AuditLog {

    private final AuditChain chain;

    AuditLog(AuditChain chain) {
        this.chain = chain;
    }

    /** Appends the entry; a database failure is logged, never thrown (the audited act must not fail for it). */
    public void record(AuditEntry entry) {
        DatabaseFaults.bestEffort("writing the security audit log (" + entry.kind() + ")", () -> chain.append(entry));
    }

    private static ClientInfo currentClient() {
        return ClientRequests.current();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        record(by(AuditKind.LOGIN, AuditOutcome.SUCCESS, event.getAuthentication()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        record(by(AuditKind.LOGIN_FAILED, AuditOutcome.REFUSED, event.getAuthentication())
                .withDetail(event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        record(by(AuditKind.LOGOUT, AuditOutcome.SUCCESS, event.getAuthentication()));
    }

    /** Every lock of an account after too many failed logins (ADR 0037), with the address of the last attempt. */
    @EventListener
    void on(AccountLocked event) {
        record(AuditEntry.of(AuditKind.ACCOUNT_LOCKED, AuditOutcome.REFUSED, event.username(), null, currentClient())
                .withDetail("来自 " + event.client() + "，锁定至 " + event.lockedUntil()));
    }

    @TransactionalEventListener
    void on(RuleSetSaved event) {
        record(by(AuditKind.RULES_CHANGED, event.actor()).on("RULE_SET", event.ruleSetId(),
                        "办理规则 第" + event.version() + "版")
                .withDetail("congress " + event.congressId() + ", effective from " + event.effectiveFrom()));
    }

    /** 分类一致性规则 added or removed by the administrator (ADR 0062). */
    @TransactionalEventListener
    void on(ClassCheckRuleChanged event) {
        record(by(AuditKind.RULES_CHANGED, event.actor()).on("CLASS_CHECK_RULE", event.ruleId(),
                        "分类一致性规则 " + event.schemeCode() + " " + event.letter())
                .withDetail(event.change() + " " + event.kind() + " " + event.pattern()));
    }

    @TransactionalEventListener
    void on(AssessmentSchemeSaved event) {
        record(by(AuditKind.ASSESSMENT_CHANGED, event.actor()).on("ASSESSMENT_SCHEME", event.schemeId(),
                        "考评方案 第" + event.version() + "版")
                .withDetail("congress " + event.congressId()));
    }

    @TransactionalEventListener
    void on(CalendarChanged event) {
        record(by(AuditKind.CALENDAR_CHANGED, event.actor()).on("CALENDAR", null, "工作日历")
                .withDetail(event.dates() + (event.reason() == null ? "" : " " + event.reason())));
    }

    /**
     * Account changes (账号、角色): creation, roles, enabling, unlocking, password resets and changes, and the first
     * administrator from the command line (no actor there). Never a password or its hash: the event carries none.
     */
    @TransactionalEventListener(fallbackExecution = true)    // the command line may publish outside one
    void on(AccountEvent event) {
        AuditKind kind = switch (event.kind()) {
            case ROLES_CHANGED, ADMINISTRATOR_ROLES_COMBINED -> AuditKind.ROLE_CHANGED;
            case FIRST_ADMINISTRATOR_CREATED, ACCOUNT_CREATED, ENABLED, DISABLED, UNLOCKED, PASSWORD_RESET,
                 PASSWORD_CHANGED -> AuditKind.ACCOUNT_CHANGED;
        };
        record(AuditEntry.of(kind, AuditOutcome.SUCCESS, event.actor(), null, currentClient())
                .on("ACCOUNT", event.userId(), event.username())
                .withDetail(event.kind() + " " + event.roles()));
    }

    /** The congress directory: a congress, a term or a meeting added or changed. */
    @TransactionalEventListener
    void on(CongressDirectoryChanged event) {
        record(by(AuditKind.DIRECTORY_CHANGED, event.actor()).on(event.subject().name(), event.subjectId(), event.name())
                .withDetail((event.created() ? "ADDED" : "CHANGED") + ", congress " + event.congressId()));
    }

    /** Units and deputies: added, changed, deactivated, activated again or deleted. */
    @TransactionalEventListener
    void on(DirectoryChanged event) {
        record(by(AuditKind.DIRECTORY_CHANGED, event.actor()).on(event.subject().name(), event.id(), event.name())
                .withDetail(event.change().name()));
    }

    /** A unit's electronic seal uploaded (checked and stored); the key itself is never in the log. */
    @TransactionalEventListener
    void on(UnitSealUploaded event) {
        record(by(AuditKind.DIRECTORY_CHANGED, event.actor()).on("UNIT_SEAL", event.unitId(), "电子印章")
                .withDetail(event.certificateSubject()));
    }

    /** An API token created or revoked: its name, hint and account, never its secret or hash (ADR 0058). */
    @TransactionalEventListener
    void on(ApiTokenChanged event) {
        record(by(AuditKind.API_TOKEN_CHANGED, event.actor()).on("API_TOKEN", event.tokenId(),
                        event.name() + " " + event.hint())
                .withDetail(event.kind() + ", account " + event.account() + ", scopes " + event.scopes()
                        + ", expires " + event.expiresAt()));
    }

    /**
     * Every call of the REST API, once answered, one record each (ADR 0058): the token's account, the token (id and
     * hint), the route, and the status; a refusal (401, 403, 429 …) with its code.
     */
    @EventListener
    void on(ApiCalled event) {
        AuditOutcome outcome = event.status() < 400 ? AuditOutcome.SUCCESS
                : event.status() >= 500 ? AuditOutcome.FAILED : AuditOutcome.REFUSED;
        record(AuditEntry.of(AuditKind.API_CALL, outcome, event.username(), event.displayName(), event.client())
                .on("ROUTE", event.route(), event.tokenHint() == null ? null
                        : "令牌 " + event.tokenId() + " " + event.tokenHint())
                .withDetail(event.method() + " " + event.status()
                        + (event.refusal() == null ? "" : " " + event.refusal())));
    }

    private static AuditEntry by(AuditKind kind, AuditOutcome outcome, Authentication authentication) {
        String name = authentication == null ? null : authentication.getName();
        String displayName = authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user.displayName() : null;
        return AuditEntry.of(kind, outcome, name, displayName, currentClient());
    }

    /** By the person who acted, or by the system where no person did (a start-up step, a command without a login). */
    private static AuditEntry by(AuditKind kind, Actor actor) {
        return actor == null ? AuditEntry.of(kind, AuditOutcome.SUCCESS, null, "系统", currentClient())
                : AuditEntry.of(kind, AuditOutcome.SUCCESS, actor.username(), actor.displayName(), currentClient());
    }
}
