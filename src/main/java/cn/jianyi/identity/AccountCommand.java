package cn.jianyi.identity;

import java.util.List;
import java.util.Objects;

/**
 * 新建账号 or 修改角色 as the security administrator enters it: the login (ignored when changing), the name, the roles,
 * and the unit (for 承办人 and 负责人) or the deputy (for 代表).
 */
public record AccountCommand(String username, String displayName, List<Role> roles, Long unitId, Long deputyId) {

    public AccountCommand {
        roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
        displayName = displayName == null ? "" : displayName.strip();
    }
}
