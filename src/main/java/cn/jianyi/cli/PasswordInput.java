package cn.jianyi.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@code create-admin} reads the password: from the terminal twice, not echoed, when there is one; otherwise
 * once, the first line of standard input (a script: {@code printf '%s\n' "$PW" | bin/jianyi create-admin LOGIN}).
 */
interface PasswordInput {

    /** The password, or {@code null} when none was given or the two entries differ (said on {@code err}). */
    String read(java.io.PrintStream err);

    static PasswordInput of(Console console, InputStream stdin) {
        return console != null ? terminal(console) : lines(stdin);
    }

    /** Asks twice on the terminal; {@code null} when the two differ. */
    static PasswordInput terminal(Console console) {
        return err -> {
            char[] first = console.readPassword("%s", "口令：");
            char[] second = first == null ? null : console.readPassword("%s", "再次输入口令：");
            try {
                if (first == null || second == null) {
                    return null;
                }
                if (!Arrays.equals(first, second)) {
                    err.println("两次输入的口令不一致。");
                    return null;
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (second != null) {
                    Arrays.fill(second, ' ');
                }
            }
        };
    }

    /** The first line of the stream (UTF-8, without its line end); {@code null} when the stream is empty. */
    static PasswordInput lines(InputStream in) {
        return err -> {
            try {
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
