package cn.jianyi.identity;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.RuleViolation;

/**
 * 初始化系统管理员 at start-up: with {@code JIANYI_BOOTSTRAP_ADMIN} (the login) and {@code JIANYI_BOOTSTRAP_PASSWORD}
 * set, creates the first 系统管理员 while the database has none, as {@code bin/jianyi create-admin} does (the password
 * must satisfy the policy and be changed at the first login). Once an administrator exists the settings are ignored
 * (one line says so), so they may stay in a container's environment. A refused login or password stops the start:
 * a deployment that asked for an administrator and silently got none would have no way in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdministrator implements ApplicationRunner {

    static final String LOGIN = "jianyi.bootstrap.admin";
    static final String PASSWORD = "jianyi.bootstrap.password";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final IdentityManagement identity;
    private final Environment environment;
    private final MessageSource messages;

    BootstrapAdministrator(IdentityManagement identity, Environment environment, MessageSource messages) {
        this.identity = identity;
        this.environment = environment;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap(environment.getProperty(LOGIN), environment.getProperty(PASSWORD));
    }

    /** Whether an administrator was created. */
    boolean bootstrap(String login, String password) {
        if (login == null || login.isBlank()) {
            return false;
        }
        if (identity.administratorExists()) {
            log.info("JIANYI_BOOTSTRAP_ADMIN ignored: the database has an administrator");
            return false;
        }
        try {
            identity.createFirstAdministrator(login, password);
        } catch (RuleViolation refused) {
            throw new IllegalStateException("JIANYI_BOOTSTRAP_ADMIN / JIANYI_BOOTSTRAP_PASSWORD refused: "
                    + messages.getMessage(refused.reasonKey(), refused.args(), Locale.SIMPLIFIED_CHINESE));
        }
        log.info("Created the first administrator {} from JIANYI_BOOTSTRAP_ADMIN; the password must be changed at "
                + "the first login", login.strip());
        return true;
    }
}
