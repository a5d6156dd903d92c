package cn.jianyi.identity.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import cn.jianyi.identity.AccountCommand;
import cn.jianyi.identity.Role;
import cn.jianyi.identity.UserAccount;

/** 新建账号 / 修改账号 as typed; the rules are {@code AccountAdministration}'s, shown beside each field. */
record AccountForm(@Size(max = 40, message = "{validation.tooLong}") String username,
                   @Size(max = 40, message = "{validation.tooLong}") String displayName,
                   List<Role> roles,
                   Long unitId,
                   Long deputyId) {

    static AccountForm empty() {
        return new AccountForm(null, null, List.of(), null, null);
    }

    static AccountForm of(UserAccount account) {
        return new AccountForm(account.username(), account.displayName(), account.roles().asList(), account.unitId(),
                account.deputyId());
    }

    AccountCommand toCommand() {
        return new AccountCommand(username, displayName, roles, unitId, deputyId);
    }
}
