package cn.jianyi.identity.web;

import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jianyi.identity.IdentitySettings;
import cn.jianyi.identity.PasswordSettings;
import cn.jianyi.identity.SeparationSettings;
import cn.jianyi.identity.SessionSettings;

/**
 * 安全设置 (read only): the configured password policy, expiry, lock-out, session limit, idle timeout and whether
 * 系统管理员 and 安全管理员 may be combined, for the system and security administrators. They are changed in the
 * deployment's settings (README), not here.
 */
@Controller
@PreAuthorize("hasAuthority('rules:manage') or hasAuthority('identity:accounts:manage')")
class SecuritySettingsController {

    private final PasswordSettings password;
    private final IdentitySettings logins;
    private final SessionSettings sessions;
    private final SeparationSettings separation;
    private final Environment environment;

    SecuritySettingsController(PasswordSettings password, IdentitySettings logins, SessionSettings sessions,
                               SeparationSettings separation, Environment environment) {
        this.password = password;
        this.logins = logins;
        this.sessions = sessions;
        this.separation = separation;
        this.environment = environment;
    }

    @GetMapping("/settings/security")
    String show(Model model) {
        model.addAttribute("password", password);
        model.addAttribute("logins", logins);
        model.addAttribute("sessions", sessions);
        model.addAttribute("separation", separation);
        model.addAttribute("idleMinutes", environment.getProperty("server.servlet.session.timeout", Duration.class,
                Duration.ofMinutes(30)).toMinutes());
        return "identity/security-settings";
    }
}
