package cn.jianyi.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;

/**
 * Whether the logged-in 系统管理员 may still create the first 安全管理员 or 审计管理员 ({@code firstAdministrators} on
 * every page, for the link in the top bar); asked only for a 系统管理员 who does not keep the accounts.
 */
@ControllerAdvice
class FirstAdministratorsAdvice {

    private final AccountAdministration administration;

    FirstAdministratorsAdvice(AccountAdministration administration) {
        this.administration = administration;
    }

    @ModelAttribute("firstAdministrators")
    boolean firstAdministrators(@AuthenticationPrincipal CurrentUser me) {
        return me != null && me.has(Role.ADMIN) && !me.can(Permission.ACCOUNTS_MANAGE)
                && !me.passwordChangeRequired() && !administration.grantableRoles(me).isEmpty();
    }
}
