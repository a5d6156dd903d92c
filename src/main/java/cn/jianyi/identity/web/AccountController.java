package cn.jianyi.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.AccountRoster;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.shared.web.LatestState;

/**
 * 账号管理 (安全管理员): the list (also as Excel), a new account, its roles and unit or deputy, enabling, disabling,
 * unlocking and a temporary password. The 系统管理员 reaches only the new-account form, and only while the first
 * 安全管理员 or 审计管理员 is missing. Who may do what is the use case's ({@link AccountAdministration}).
 */
@Controller
class AccountController {

    /** The columns the accounts roster import reads ({@link AccountRoster#COLUMNS}), then the account's state. */
    private static final List<Spreadsheet.Column> COLUMNS = java.util.stream.Stream.concat(
            AccountRoster.COLUMNS.stream(), java.util.stream.Stream.of(new Spreadsheet.Column("状态", 8),
                    new Spreadsheet.Column("最近登录", 18), new Spreadsheet.Column("锁定", 8))).toList();

    private final AccountAdministration administration;
    private final Directory directory;
    private final MessageSource messages;

    AccountController(AccountAdministration administration, Directory directory, MessageSource messages) {
        this.administration = administration;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("accounts", administration.list(me));
        return "identity/accounts";
    }

    @GetMapping("/accounts/export.xlsx")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    void export(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        try (var sheet = Spreadsheet.create("账号", COLUMNS)) {
            for (AccountAdministration.AccountRow row : administration.list(me)) {
                sheet.row(row.username(), row.displayName(), roleNames(row.roles()),
                        row.unitName(), row.deputyName(), row.deputyDelegation(), row.mobile(), row.officeCongress(),
                        messages.getMessage(row.enabled() ? "account.enabled" : "account.disabled", null, locale),
                        row.lastLoginAt(), row.locked() ? messages.getMessage("account.locked", null, locale) : null);
            }
            Downloads.xlsx(response, "账号", sheet);
        }
    }

    @GetMapping("/accounts/new")
    String newAccount(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", AccountForm.empty(administration.congressChoices(me), me.congressId()));
        return showNew(me, model);
    }

    @PostMapping("/accounts/new")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        if (administration.grantableRoles(me).isEmpty()) {
            throw new AccessDeniedException("may create no account");
        }
        var created = result.hasErrors() ? java.util.Optional.<AccountAdministration.TemporaryPassword>empty()
                : Forms.submit(result, () -> administration.create(form.toCommand(), me));
        if (created.isEmpty()) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "account.created", created.get().username(), created.get().value());
        return me.can(cn.jianyi.identity.Permission.ACCOUNTS_MANAGE) ? "redirect:/accounts" : "redirect:/";
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", AccountForm.of(administration.account(id, me)));
        return showEdit(id, me, model);
    }

    @PostMapping("/accounts/{id}")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        administration.account(id, me);                                   // 404 for an unknown account
        if (result.hasErrors() || !Forms.accepted(result, () -> administration.change(id, form.toCommand(), me))) {
            // another security administrator (or the holder) changed it meanwhile: the account now (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> latest(administration.row(id, me)),
                    () -> form.withVersion(administration.account(id, me).version())), redirect);
        }
        Flash.show(redirect, "account.changed", form.displayName());
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/enable")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        administration.enable(id, me);
        Flash.show(redirect, "account.enabledDone");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/disable")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        administration.disable(id, me);
        Flash.show(redirect, "account.disabledDone");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/unlock")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String unlock(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        administration.unlock(id, me);
        Flash.show(redirect, "account.unlockedDone");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/reset-password")
    @PreAuthorize("hasAuthority('identity:accounts:manage')")
    String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        var temporary = administration.resetPassword(id, me);
        Flash.show(redirect, "account.passwordReset", temporary.username(), temporary.value());
        return "redirect:/accounts";
    }

    /** The account as it is now, for a form refused because it changed meanwhile. */
    private MessageSourceResolvable latest(AccountAdministration.AccountRow row) {
        String link = row.unitName() != null ? row.unitName() : row.deputyName();
        return LatestState.of("form.fault.latest.account", row.displayName(), roleNames(row.roles()),
                link == null ? LatestState.label("account.none") : link,
                row.congressName() == null ? LatestState.label("account.none") : row.congressName(),
                LatestState.label(row.enabled() ? "account.enabled" : "account.disabled"));
    }

    /** The roles' names, weightiest first: 承办单位负责人、承办人. */
    private String roleNames(List<Role> roles) {
        return roles.stream().map(r -> messages.getMessage("Role." + r, null, Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining("、"));
    }

    private String showNew(CurrentUser me, Model model) {
        List<Role> grantable = administration.grantableRoles(me);
        if (grantable.isEmpty()) {
            throw new AccessDeniedException("may create no account");
        }
        model.addAttribute("grantable", grantable);
        model.addAttribute("creating", true);
        return show(me, model);
    }

    private String showEdit(long id, CurrentUser me, Model model) {
        model.addAttribute("grantable", administration.grantableRoles(me));
        model.addAttribute("creating", false);
        model.addAttribute("accountId", id);
        return show(me, model);
    }

    /** Units, deputies and congresses offered are those of the security administrator's congresses (ADR 0042). */
    private String show(CurrentUser me, Model model) {
        var scope = me.congressScope();
        model.addAttribute("units", directory.units().stream().filter(u -> scope.coversCongress(u.congressId())).toList());
        model.addAttribute("deputies",
                directory.deputies().stream().filter(d -> scope.coversCongress(d.congressId())).toList());
        model.addAttribute("congresses", administration.congressChoices(me));
        return "identity/account";
    }
}
