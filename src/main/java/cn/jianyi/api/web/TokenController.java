package cn.jianyi.api.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.api.ApiScope;
import cn.jianyi.api.ApiSettings;
import cn.jianyi.api.ApiToken;
import cn.jianyi.api.WebhookDeliveries;
import cn.jianyi.api.ApiTokens;
import cn.jianyi.api.IssuedToken;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;

/**
 * 接口令牌 (系统管理员, ADR 0058): the tokens of the accounts of the administrator's congresses, a form to create one
 * (its secret shown once, in the message after the redirect), revoking, and the latest webhook deliveries of those
 * tokens with their attempts and last error.
 */
@Controller
@RequestMapping("/settings/api-tokens")
@PreAuthorize("hasAuthority('api:tokens:manage')")
class TokenController {

    private static final String PAGE = "/settings/api-tokens";

    private final ApiTokens tokens;
    private final WebhookDeliveries deliveries;
    private final ApiSettings settings;
    private final Clock clock;

    TokenController(ApiTokens tokens, WebhookDeliveries deliveries, ApiSettings settings, Clock clock) {
        this.tokens = tokens;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        var list = tokens.list(me);
        model.addAttribute("tokens", list);
        model.addAttribute("deliveries", deliveries.latest(list.stream().map(ApiToken::id).toList(), 50));
        model.addAttribute("now", clock.instant());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("maxDays", settings.maxValidity().toDays());
        model.addAttribute("defaultRate", settings.requestsPerMinute());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.blank(LocalDate.now(clock)));
        }
        return "api/tokens";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            if (form.expiresOn() != null && form.name() != null && form.account() != null) {
                Forms.rejectAll(result, tokens.refusalsOf(form.toCommand(me.toActor(), clock), me));
            }
            return Forms.refused(result, redirect, PAGE);
        }
        Optional<IssuedToken> issued = Forms.submit(result, () -> tokens.create(form.toCommand(me.toActor(), clock), me));
        if (issued.isEmpty()) {
            return Forms.refused(result, redirect, PAGE);
        }
        Flash.show(redirect, "api.token.created", issued.get().token().name(), issued.get().secret().value());
        return "redirect:" + PAGE;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        var token = tokens.revoke(id, me);
        Flash.show(redirect, "api.token.revoked", token.name());
        return "redirect:" + PAGE;
    }
}
