package cn.jianyi.identity.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import cn.jianyi.identity.AccountCommand;
import cn.jianyi.identity.Role;
import cn.jianyi.identity.UserAccount;

/**
 * 新建账号 / 修改账号 as typed; the rules are {@code AccountAdministration}'s, shown beside each field. {@code version}
 * is the account's when its page was read (hidden; none for a new account), so a change saved since refuses this one
 * (ADR 0065).
 */
record AccountForm(@Size(max = 40, message = "{validation.tooLong}") String username,
                   @Size(max = 40, message = "{validation.tooLong}") String displayName,
                   List<Role> roles,
                   Long unitId,
                   Long deputyId,
                   Long congressId,
                   Boolean includeLower,
                   Integer version) {

    static AccountForm empty() {
        return new AccountForm(null, null, List.of(), null, null, null, false, null);
    }

    /** A new account of the creator's own congress when it is offered, else of the only congress offered. */
    static AccountForm empty(List<cn.jianyi.identity.AccountAdministration.CongressChoice> congresses, Long own) {
        Long chosen = congresses.stream().anyMatch(c -> own != null && c.id() == own) ? own
                : congresses.size() == 1 ? congresses.get(0).id() : null;
        return new AccountForm(null, null, List.of(), null, null, chosen, false, null);
    }

    static AccountForm of(UserAccount account) {
        return new AccountForm(account.username(), account.displayName(), account.roles().asList(), account.unitId(),
                account.deputyId(), account.congressId(), account.includeLower(), account.version());
    }

    /** What was typed, as if read now at the account's {@code latest} version (ADR 0065). */
    AccountForm withVersion(Integer latest) {
        return new AccountForm(username, displayName, roles, unitId, deputyId, congressId, includeLower, latest);
    }

    AccountCommand toCommand() {
        return new AccountCommand(username, displayName, roles, unitId, deputyId, congressId,
                Boolean.TRUE.equals(includeLower), version);
    }
}
