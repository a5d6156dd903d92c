package cn.jianyi.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.RuleViolation;

/**
 * {@code bin/jianyi create-admin LOGIN}: the first 系统管理员 of a database without one, with a password read from
 * {@link PasswordInput}; the administrator must change it at the first login. Exit code 0 when created, 1 when
 * refused (an administrator exists, a malformed or taken login, a password the policy refuses, no password or two
 * different ones), with the reason in Chinese on standard error.
 */
@Component
class CreateAdmin {

    private final IdentityManagement identity;
    private final MessageSource messages;

    CreateAdmin(IdentityManagement identity, MessageSource messages) {
        this.identity = identity;
        this.messages = messages;
    }

    int run(String login, PasswordInput input, PrintStream out, PrintStream err) {
        if (identity.administratorExists()) {       // before asking for a password that would not be used
            err.println(message(new RuleViolation("identity.admin.exists")));
            return 1;
        }
        String password = input.read(err);
        if (password == null || password.isEmpty()) {
            err.println(message(new RuleViolation("identity.password.required")));
            return 1;
        }
        try {
            identity.createFirstAdministrator(login, password);
        } catch (RuleViolation refused) {
            err.println(message(refused));
            return 1;
        }
        out.println("已创建系统管理员 " + login.strip() + "，首次登录时须修改口令。");
        return 0;
    }

    private String message(RuleViolation violation) {
        return messages.getMessage(violation.reasonKey(), violation.args(), Locale.SIMPLIFIED_CHINESE);
    }
}
