package cn.jianyi.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 三员分立 (ADR 0039).
 *
 * @param combineAdminRoles whether one person may hold 系统管理员 and 安全管理员 (a small office without the staff for
 *                          both); each such grant is published as {@link AccountEvent.Kind#ADMINISTRATOR_ROLES_COMBINED}
 *                          for the audit log. 审计管理员 is never combined.
 */
@ConfigurationProperties("jianyi.security")
public record SeparationSettings(@DefaultValue("false") boolean combineAdminRoles) {
}
