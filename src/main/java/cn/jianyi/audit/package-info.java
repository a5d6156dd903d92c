/**
 * 审计 / Audit: the security audit log (安全审计, ADR 0038), the system's own record of who did what from where:
 * logins, logouts, failed logins, changes to rules, calendar and assessment scheme, every download and export, every
 * refused access, and the setting that lets one person be 系统管理员 and 安全管理员 as found at each start-up. Append-only and hash-chained with SM3 ({@code AuditChain}); read at {@code /audit} by the
 * 审计管理员 only; checked by {@code bin/jianyi verify-audit}. It listens to the events other modules publish; no
 * feature module depends on it (only the command line, which runs {@code verify-audit}). The case timeline is not
 * copied here: it stays the case's business record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计")
package cn.jianyi.audit;
