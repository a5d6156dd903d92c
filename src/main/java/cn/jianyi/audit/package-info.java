/**
 * 审计 / Audit: the append-only operation log (操作日志), built from the case timeline's record
 * ({@code CaseTransitioned}, one line per timeline entry, after the act commits) and security events (logins,
 * failed logins, lock-outs). No workflow module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计")
package cn.jianyi.audit;
