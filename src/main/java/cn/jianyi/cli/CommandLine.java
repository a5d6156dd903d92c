package cn.jianyi.cli;

import cn.jianyi.casesearch.CaseIndex;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.jianyi.audit.AuditChain;
import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.LetterDocuments;
import cn.jianyi.documents.LetterFormat;
import cn.jianyi.feedback.FeedbackVerification;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;

/**
 * Runs one command given on the command line (active with {@code jianyi.cli.enabled=true}; {@code bin/jianyi} sets
 * it). Prints the result on standard output (UTF-8) and a usage or error line on standard error; the exit code is 0 on
 * success, 1 when a check or a file failed, 2 on bad usage.
 */
@Component
@ConditionalOnProperty(name = "jianyi.cli.enabled", havingValue = "true")
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = """
            usage: bin/jianyi deadline FROM AMOUNT UNIT   (FROM as 2024-03-05, UNIT one of days, workdays, months)
                   bin/jianyi render-demo DIR             (the demo case's reply as reply.pdf, reply.docx, reply.ofd)
                   bin/jianyi verify-feedback             (checks every stored feedback record's SM2 signature)
                   bin/jianyi verify-audit                (checks the security audit log's SM3 hash chain)
                   bin/jianyi parse FILE...               (historical reply letters, .txt .html .docx .pdf or a .zip of
                                                           them: one JSON object per file and line)
                   bin/jianyi create-admin LOGIN          (the first 系统管理员; the password from the terminal, twice,
                                                           or one line of standard input)
                   bin/jianyi reindex                     (rebuilds the full-text search index from the database,
                                                           with a progress line)
                   bin/jianyi similar --corpus DIR TEXT   (the ten letter files of DIR most similar to TEXT)
                   bin/jianyi route TEXT                  (the three units best placed to lead it, with reasons)
                   bin/jianyi backup DIR                  (the database, the key and seal folders and an SM3 manifest
                                                           into DIR, which must be new or empty)
                   bin/jianyi restore [--force] DIR       (checks DIR's manifest, then restores into an empty database;
                                                           --force replaces the rows and key or seal files there)""";

    private final WorkingDays workingDays;
    private final DemoLetters demoLetters;
    private final FeedbackVerification verification;
    private final LetterParsing parsing;
    private final CreateAdmin createAdmin;
    private final PasswordInput passwordInput;
    private final AuditChain audit;
    private SimilarLetters similarLetters;
    private RouteCommand route;
    private BackupCommand backup;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;
    private CaseIndex caseIndex;

    /** What {@code render-demo} needs: the demo's reference case (absent without demo data) and the renderers. */
    record DemoLetters(ObjectProvider<DemoReference> demo, ReplyQueries replyQueries, ReplyLetters letters,
                       LetterDocuments documents) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    CommandLine(WorkingDays workingDays, ObjectProvider<DemoReference> demo, ReplyQueries replyQueries,
                ReplyLetters letters, LetterDocuments documents, FeedbackVerification verification,
                LetterParsing parsing, CreateAdmin createAdmin, AuditChain audit, CaseIndex caseIndex,
                SimilarLetters similarLetters, RouteCommand route, BackupCommand backup) {
        this(workingDays, new DemoLetters(demo, replyQueries, letters, documents), verification, parsing, createAdmin,
                PasswordInput.of(System.console(), System.in), audit,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        this.caseIndex = caseIndex;
        this.similarLetters = similarLetters;
        this.route = route;
        this.backup = backup;
    }

    /** For tests: the same command line with {@code backup} and {@code restore}. */
    CommandLine withBackup(BackupCommand backup) {
        this.backup = backup;
        return this;
    }

    /** With the search index, for {@code reindex}. */
    CommandLine withIndex(CaseIndex index) {
        this.caseIndex = index;
        return this;
    }

    /** For tests: the same command line with {@code route}. */
    CommandLine withRoute(RouteCommand route) {
        this.route = route;
        return this;
    }

    /** For tests: the same command line with {@code similar}. */
    CommandLine withSimilarLetters(SimilarLetters similarLetters) {
        this.similarLetters = similarLetters;
        return this;
    }

    CommandLine(WorkingDays workingDays, DemoLetters demoLetters, FeedbackVerification verification, PrintStream out,
                PrintStream err) {
        this(workingDays, demoLetters, verification, null, out, err);
    }

    CommandLine(WorkingDays workingDays, DemoLetters demoLetters, FeedbackVerification verification,
                LetterParsing parsing, PrintStream out, PrintStream err) {
        this(workingDays, demoLetters, verification, parsing, null, null, null, out, err);
    }

    CommandLine(WorkingDays workingDays, DemoLetters demoLetters, FeedbackVerification verification,
                LetterParsing parsing, CreateAdmin createAdmin, PasswordInput passwordInput, AuditChain audit,
                PrintStream out, PrintStream err) {
        this.createAdmin = createAdmin;
        this.passwordInput = passwordInput;
        this.workingDays = workingDays;
        this.demoLetters = demoLetters;
        this.verification = verification;
        this.parsing = parsing;
        this.audit = audit;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (!words.isEmpty() && (words.get(0).equals("similar") || words.get(0).equals("route")
                || words.get(0).equals("restore") || words.get(0).equals("backup"))) {
            // its options (--corpus, --help) are the command's own: take the arguments as given after the command
            List<String> source = List.of(args.getSourceArgs());
            // (a Spring property given after the command, --name=value, is the application's, not the text's)
            exitCode = execute(source.subList(source.indexOf(words.get(0)), source.size()).stream()
                    .filter(arg -> !(arg.startsWith("--") && arg.contains("="))).toList());
            return;
        }
        exitCode = execute(words);
    }

    int execute(List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (args.get(0).equals("deadline")) {
            return deadline(args.subList(1, args.size()));
        }
        if (args.get(0).equals("render-demo")) {
            return renderDemo(args.subList(1, args.size()));
        }
        if (args.get(0).equals("verify-feedback") && args.size() == 1) {
            return verifyFeedback();
        }
        if (args.get(0).equals("verify-audit") && args.size() == 1) {
            return verifyAudit();
        }
        if (args.get(0).equals("parse")) {
            if (args.size() == 1) {
                err.println(USAGE);
                return 2;
            }
            return parsing.parse(args.subList(1, args.size()), out);
        }
        if (args.get(0).equals("create-admin")) {
            if (args.size() != 2) {
                err.println(USAGE);
                return 2;
            }
            return createAdmin.run(args.get(1), passwordInput, out, err);
        }
        if (args.get(0).equals("reindex") && args.size() == 1) {
            return reindex();
        }
        if (args.get(0).equals("similar")) {
            return similarLetters.run(args.subList(1, args.size()), out, err);
        }
        if (args.get(0).equals("route")) {
            return route.run(args.subList(1, args.size()), out, err);
        }
        if (args.get(0).equals("backup")) {
            return backup.backup(args.subList(1, args.size()), out, err);
        }
        if (args.get(0).equals("restore")) {
            return backup.restore(args.subList(1, args.size()), out, err);
        }
        err.println("unknown command: " + args.get(0));
        err.println(USAGE);
        return 2;
    }

    /**
     * Rebuilds the office-wide search index from the database (ADR 0061), printing a progress line every 5,000 cases
     * (and letters) and the count at the end.
     */
    private int reindex() {
        try {
            return rebuildIndex();
        } catch (java.io.UncheckedIOException e) {
            err.println("reindex: the index folder cannot be written (is the application running on it? stop it first): "
                    + e.getMessage());
            return 1;
        }
    }

    private int rebuildIndex() {
        long[] totals = caseIndex.totals();
        long[] shown = {0, 0};
        out.printf("reindex: 0/%d cases, 0/%d letters%n", totals[0], totals[1]);
        long started = System.nanoTime();
        int documents = caseIndex.rebuild((cases, letters) -> {
            if (cases - shown[0] >= 5000 || letters - shown[1] >= 5000) {
                shown[0] = cases;
                shown[1] = letters;
                out.printf("reindex: %d/%d cases, %d/%d letters…%n", cases, totals[0], letters, totals[1]);
            }
        });
        out.printf("reindex: %d/%d cases, %d/%d letters: %d documents in %.1f s%n", totals[0], totals[0], totals[1],
                totals[1], documents, (System.nanoTime() - started) / 1e9);
        return 0;
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

    /** Writes the reference case's signed reply in the three formats and says what each file is. */
    private int renderDemo(List<String> args) {
        if (args.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        DemoReference demo = demoLetters.demo().getIfAvailable();
        Long suggestion = demo == null ? null : demo.suggestionId().orElse(null);
        if (suggestion == null) {
            err.println("render-demo needs the demo data (bin/jianyi loads it into an in-memory database)");
            return 1;
        }
        ReplyLetter letter = demoLetters.letters()
                .of(demoLetters.replyQueries().latestSigned(suggestion).orElseThrow());
        Map<LetterFormat, Path> files;
        try {
            files = demoLetters.documents().write(letter, Path.of(args.get(0)), "reply");
        } catch (UncheckedIOException e) {
            err.println("cannot write into " + args.get(0) + ": " + e.getCause().getMessage());
            return 1;
        }
        for (var file : files.entrySet()) {
            out.println(file.getValue() + "  " + sizeOf(file.getValue()) + " bytes  "
                    + demoLetters.documents().fontStatus(file.getKey(), file.getValue()));
        }
        out.println(letter.documentNumber() + "  " + letter.title());
        out.println(demoLetters.documents().sealStatus(files.get(LetterFormat.OFD)));
        out.println(demoLetters.documents().timeStampStatus(files.get(LetterFormat.OFD)));
        out.println(demoLetters.documents().schemaStatus(files.get(LetterFormat.OFD)));
        return 0;
    }

    /** Prints {@code N verified, M altered}, then each altered record; exit code 1 when any record was altered. */
    private int verifyFeedback() {
        FeedbackVerification.Result result = verification.verifyAll();
        out.println(result.verified() + " verified, " + result.altered().size() + " altered");
        for (FeedbackVerification.Altered altered : result.altered()) {
            out.println("  feedback " + altered.feedbackId() + " (suggestion " + altered.suggestionId() + "): "
                    + altered.reason());
        }
        return result.altered().isEmpty() ? 0 : 1;
    }

    /**
     * Prints {@code N verified, 0 broken}, or {@code N verified, 1 broken} and the first broken record (where the
     * chain breaks, nothing after it can be trusted); exit code 1 when the chain is broken.
     */
    private int verifyAudit() {
        AuditChain.Verification result = audit.verify();
        out.println(result.verified() + " verified, " + (result.intact() ? 0 : 1) + " broken");
        result.firstBroken().ifPresent(broken ->
                out.println("  first broken: record " + broken.seq() + ": " + broken.reason()));
        return result.intact() ? 0 : 1;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
