/**
 * 审计 / Audit: the append-only operation log (操作日志), built from case events and security events (logins,
 * failed logins, lock-outs). No workflow module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计")
package cn.jianyi.audit;
