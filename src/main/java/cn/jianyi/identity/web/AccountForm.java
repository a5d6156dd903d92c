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
                   Long deputyId,
                   Long congressId,
                   Boolean includeLower) {

    static AccountForm empty() {
        return new AccountForm(null, null, List.of(), null, null, null, false);
    }

    /** A new account of the creator's own congress when it is offered, else of the only congress offered. */
    static AccountForm empty(List<cn.jianyi.identity.AccountAdministration.CongressChoice> congresses, Long own) {
        Long chosen = congresses.stream().anyMatch(c -> own != null && c.id() == own) ? own
                : congresses.size() == 1 ? congresses.get(0).id() : null;
        return new AccountForm(null, null, List.of(), null, null, chosen, false);
    }

    static AccountForm of(UserAccount account) {
        return new AccountForm(account.username(), account.displayName(), account.roles().asList(), account.unitId(),
                account.deputyId(), account.congressId(), account.includeLower());
    }

    AccountCommand toCommand() {
        return new AccountCommand(username, displayName, roles, unitId, deputyId, congressId,
                Boolean.TRUE.equals(includeLower));
    }
}
