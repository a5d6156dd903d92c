package cn.jianyi.identity;

import java.util.List;
import java.util.Objects;

/**
 * 新建账号 or 修改角色 as the security administrator enters it: the login (ignored when changing), the name, the roles,
 * the unit (for 承办人 and 负责人) or the deputy (for 代表), and for an office account the congress it works for and
 * whether also for those below it (所属人大, 含下级人大; ADR 0042).
 *
 * @param readVersion when changing: the account's version when its form was read; a change made since refuses this
 *                    one ({@code StaleVersion}). {@code null}: not checked (a new account, or a caller that reads and
 *                    acts at once)
 */
public record AccountCommand(String username, String displayName, List<Role> roles, Long unitId, Long deputyId,
                             Long congressId, boolean includeLower, Integer readVersion) {

    public AccountCommand {
        roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
        displayName = displayName == null ? "" : displayName.strip();
    }

    /** Without a version read: a new account, or a change that reads and acts at once. */
    public AccountCommand(String username, String displayName, List<Role> roles, Long unitId, Long deputyId,
                          Long congressId, boolean includeLower) {
        this(username, displayName, roles, unitId, deputyId, congressId, includeLower, null);
    }

    /** Without a congress: the only congress's, or none before the first congress exists. */
    public AccountCommand(String username, String displayName, List<Role> roles, Long unitId, Long deputyId) {
        this(username, displayName, roles, unitId, deputyId, null, false);
    }
}
