package cn.jianyi.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jianyi.backup.BackupRefused;
import cn.jianyi.backup.Backups;

/**
 * {@code bin/jianyi backup DIR} and {@code bin/jianyi restore [--force] DIR} (ADR 0067): progress on standard output,
 * a refusal's Chinese reason on standard error; exit code 0 when done, 1 when refused or failed, 2 on bad usage.
 */
@Component
class BackupCommand {

    private final Backups backups;

    BackupCommand(Backups backups) {
        this.backups = backups;
    }

    int backup(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println(CommandLine.USAGE);
            return 2;
        }
        try {
            Backups.BackupDone done = backups.backup(Path.of(args.get(0)), out::println);
            out.printf("backup: done: %s (%s, schema version %s): %d tables, %d rows, %d key file(s), %d seal file(s),"
                    + " %d files in the manifest%n", done.folder(), done.database(), done.schemaVersion(),
                    done.tables(), done.rows(), done.keyFiles(), done.sealFiles(), done.files());
            return 0;
        } catch (BackupRefused refused) {
            err.println("backup: 拒绝：" + refused.getMessage());
            return 1;
        } catch (RuntimeException failed) {
            err.println("backup: failed: " + failed.getMessage());
            return 1;
        }
    }

    int restore(List<String> args, PrintStream out, PrintStream err) {
        List<String> folders = new ArrayList<>();
        boolean force = false;
        for (String arg : args) {
            if (arg.equals("--force")) {
                force = true;
            } else if (arg.startsWith("--")) {
                err.println("unknown option: " + arg);
                err.println(CommandLine.USAGE);
                return 2;
            } else {
                folders.add(arg);
            }
        }
        if (folders.size() != 1) {
            err.println(CommandLine.USAGE);
            return 2;
        }
        try {
            Backups.RestoreDone done = backups.restore(Path.of(folders.get(0)), force, out::println);
            done.rowsPerTable().forEach((table, rows) -> {
                if (rows > 0) {
                    out.printf("  %-40s %d%n", table, rows);
                }
            });
            out.printf("restore: done: %s, schema version %s: %d tables, %d rows; %d key file(s) and %d seal file(s)"
                    + " written, %d already there; rebuild the search index with bin/jianyi reindex%n",
                    done.database(), done.schemaVersion(), done.tables(), done.rows(), done.keyFiles(),
                    done.sealFiles(), done.filesUnchanged());
            return 0;
        } catch (BackupRefused refused) {
            err.println("restore: 拒绝：" + refused.getMessage());
            return 1;
        } catch (RuntimeException failed) {
            err.println("restore: failed: " + failed.getMessage());
            return 1;
        }
    }
}
