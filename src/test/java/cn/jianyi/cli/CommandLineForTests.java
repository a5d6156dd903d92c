package cn.jianyi.cli;

import java.io.PrintStream;
import java.util.List;

import cn.jianyi.backup.Backups;

/** The command line's {@code backup} and {@code restore}, for the backup module's tests (the command line is package-private). */
public final class CommandLineForTests {

    private final PrintStream out;
    private final PrintStream err;

    public CommandLineForTests(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command as {@code bin/jianyi} would, with these backups (the application's, or another database's). */
    public int run(Backups backups, List<String> args) {
        return new CommandLine(null, null, null, out, err).withBackup(new BackupCommand(backups)).execute(args);
    }
}
