package cn.jianyi.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * {@code bin/jianyi create-admin LOGIN} run in the test's own application, against its database, with the password
 * on a standard-input stream as a script gives it: for tests outside this package (the first-run walk, ADR 0044).
 */
public record CreateAdminRun(int exitCode, String out, String err) {

    public static CreateAdminRun run(ApplicationContext context, String login, String stdin) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var command = new CommandLine(null, null, null, null, context.getBean(CreateAdmin.class),
                PasswordInput.lines(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode = command.execute(List.of("create-admin", login));
        return new CreateAdminRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
