package cn.jianyi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.ChangePasswordCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.PasswordSettings;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;

/**
 * 修改口令: every person changes their own password (the current one required, the policy applied). It is also the
 * page a person is held on while a password someone else chose, or one past its age, must be replaced
 * ({@link PasswordChangeFilter}); once changed, the session's login no longer requires it.
 */
@Controller
@RequestMapping(PasswordChangeFilter.PAGE)
class PasswordController {

    private static final String VIEW = "identity/password";

    private final IdentityManagement identity;
    private final UserDetailsService logins;
    private final PasswordSettings settings;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordController(IdentityManagement identity, UserDetailsService logins, PasswordSettings settings) {
        this.identity = identity;
        this.logins = logins;
        this.settings = settings;
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return show(model);
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect,
                       HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors() || !Forms.accepted(result, () -> identity.changePassword(
                new ChangePasswordCommand(me.id(), form.currentPassword(), form.password(), form.confirmation())))) {
            return Forms.refusedForgetting(result, redirect, PasswordForm.empty());
        }
        UserDetails refreshed = logins.loadUserByUsername(me.getUsername());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        Flash.show(redirect, "identity.password.changed");
        return "redirect:/";
    }

    private String show(Model model) {
        model.addAttribute("policy", settings);
        return VIEW;
    }
}
