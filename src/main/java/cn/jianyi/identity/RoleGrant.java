package cn.jianyi.identity;

import org.springframework.data.relational.core.mapping.Table;

/** One role of an account (a row of {@code user_roles}); part of the {@link UserAccount} aggregate. */
@Table("user_roles")
record RoleGrant(Role role) {
}
