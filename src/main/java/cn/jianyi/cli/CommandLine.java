package cn.jianyi.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.calendar.WorkingDays;

/**
 * Runs one command given on the command line (active with {@code jianyi.cli.enabled=true}; {@code bin/jianyi} sets
 * it). Prints the result on standard output and a usage or error line on standard error; the exit code is 0 on
 * success, 2 on bad usage.
 */
@Component
@ConditionalOnProperty(name = "jianyi.cli.enabled", havingValue = "true")
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "usage: bin/jianyi deadline FROM AMOUNT UNIT   (FROM as 2024-03-05, UNIT one of days, workdays, months)";

    private final WorkingDays workingDays;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @org.springframework.beans.factory.annotation.Autowired
    CommandLine(WorkingDays workingDays) {
        this(workingDays, System.out, System.err);
    }

    CommandLine(WorkingDays workingDays, PrintStream out, PrintStream err) {
        this.workingDays = workingDays;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(args.getNonOptionArgs());
    }

    int execute(List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (args.get(0).equals("deadline")) {
            return deadline(args.subList(1, args.size()));
        }
        err.println("unknown command: " + args.get(0));
        err.println(USAGE);
        return 2;
    }

    private int deadline(List<String> args) {
        if (args.size() != 3) {
            err.println(USAGE);
            return 2;
        }
        try {
            LocalDate from = LocalDate.parse(args.get(0));
            Window window = new Window(Integer.parseInt(args.get(1)), WindowUnit.parse(args.get(2)));
            out.println(workingDays.deadline(from, window).due());
            return 0;
        } catch (DateTimeParseException e) {
            err.println("FROM must be an ISO date such as 2024-03-05: " + args.get(0));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        err.println(USAGE);
        return 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
