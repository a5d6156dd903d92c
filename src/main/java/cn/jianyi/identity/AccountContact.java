package cn.jianyi.identity;

/**
 * An enabled login as someone to be notified: who it is (name, roles, unit or deputy) and how it wants to be reached.
 *
 * @param unitId   the unit of a handler or head, else {@code null}
 * @param deputyId the deputy of a deputy's login, else {@code null}
 */
public record AccountContact(long userId, String username, String displayName, RoleSet roles, Long unitId,
                             Long deputyId, ContactDetails contact) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    static AccountContact of(UserAccount account) {
        return new AccountContact(account.id(), account.username(), account.displayName(), account.roles(),
                account.unitId(), account.deputyId(), account.contact());
    }
}
