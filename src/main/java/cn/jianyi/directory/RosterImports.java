package cn.jianyi.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.DeputyDirectory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.SaveDeputyCommand;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.RosterSheet;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobFailed;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressDirectory;
import cn.jianyi.suggestion.CongressTerm;

/**
 * 单位名录导入: the office's list of units (Excel, the columns of the export) checked row by row in the background, then
 * imported in one transaction; with any error nothing is imported and the errors come as a report. A row whose 单位全称
 * exists changes that unit; any other adds one. A background job of kind {@code roster} ({@code jianyi.jobs.roster}).
 */
@Service
public class RosterImports {

    static final JobKind KIND = new JobKind("roster", "file", "roster.busy", "roster.unknown");
    /** The largest list accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);
    private static final List<String> REQUIRED = List.of("所属人大", "单位全称", "简称", "机关代字", "联系电话", "邮政编码");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("congressId", "所属人大", "fullName", "单位全称",
            "shortName", "简称", "docCode", "机关代字", "phone", "联系电话", "postcode", "邮政编码", "address", "通信地址",
            "responsibilities", "职能");
    private static final List<String> DEPUTY_REQUIRED = List.of("所属人大", "姓名", "代表团", "届别");
    private static final Map<String, String> DEPUTY_COLUMN_OF_FIELD = Map.of("congressId", "所属人大", "name", "姓名",
            "delegation", "代表团", "termIds", "届别", "mobile", "手机", "address", "通信地址", "postcode", "邮政编码");

    private final UnitDirectory units;
    private final DeputyDirectory deputies;
    private final CongressDirectory congresses;
    private final BackgroundJobs jobs;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    RosterImports(UnitDirectory units, DeputyDirectory deputies, CongressDirectory congresses, BackgroundJobs jobs,
                  MessageSource messages, TransactionTemplate transaction) {
        this.units = units;
        this.deputies = deputies;
        this.congresses = congresses;
        this.jobs = jobs;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** Starts importing the list; refuses an empty or oversized file and a full queue beside the file field. */
    public RosterJob start(String fileName, byte[] content, CurrentUser me) {
        return start(RosterJob.Subject.UNITS, fileName, content, me);
    }

    /** Starts importing a list of deputies (代表名录); as {@link #start(String, byte[], CurrentUser)}. */
    public RosterJob startDeputies(String fileName, byte[] content, CurrentUser me) {
        return start(RosterJob.Subject.DEPUTIES, fileName, content, me);
    }

    private RosterJob start(RosterJob.Subject subject, String fileName, byte[] content, CurrentUser me) {
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "roster.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.onField("file", "roster.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var job = new RosterJob(me.getUsername(), subject, fileName);
        return jobs.start(KIND, job, progress -> run(job, progress, content, me));
    }

    private RosterJob.Imported run(RosterJob job, Progress progress, byte[] content, CurrentUser me) {
        try {
            var errors = new ArrayList<RosterJob.RowError>();
            List<Runnable> saves = new ArrayList<>();
            int[] added = {0};
            if (job.subject() == RosterJob.Subject.UNITS) {
                for (SaveUnitCommand command : check(content, me, errors, progress)) {
                    added[0] += command.id() == null ? 1 : 0;
                    saves.add(() -> units.save(command));
                }
            } else {
                for (SaveDeputyCommand command : checkDeputies(content, me, errors, progress)) {
                    added[0] += command.id() == null ? 1 : 0;
                    saves.add(() -> deputies.save(command));
                }
            }
            if (!errors.isEmpty()) {
                throw failed(job, errors);
            }
            progress.phase(1, RosterJob.IMPORTING, saves.size());
            int[] counts = transaction.execute(status -> {
                for (Runnable save : saves) {
                    save.run();
                    progress.advance();
                }
                return new int[] {added[0], saves.size() - added[0]};
            });
            log.info("Roster {} of {}: {} added, {} changed", job.fileName(), job.subject(), counts[0], counts[1]);
            return new RosterJob.Imported(counts[0], counts[1]);
        } catch (JobFailed e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Roster import {} of {} failed", job.id(), job.fileName(), e);
            throw failed(job, List.of(new RosterJob.RowError(0, null, msg("roster.failed"))));
        }
    }

    /** Every row as a command, each refusal as an error of its row; nothing is saved. */
    List<SaveUnitCommand> check(byte[] content, CurrentUser me, List<RosterJob.RowError> errors, Progress progress) {
        List<Map<String, String>> rows = read(content, "单位全称", REQUIRED, errors);
        if (!errors.isEmpty()) {
            return List.of();
        }
        progress.phase(0, RosterJob.CHECKING, rows.size());
        List<Congress> all = congresses.congresses(me.congressScope()).stream()   // ADR 0042
               .map(CongressDirectory.CongressEntry::congress).toList();
        Map<String, HandlingUnit> byName = new HashMap<>();
        units.units(null).stream().filter(u -> me.congressScope().coversCongress(u.congressId()))
                .forEach(u -> byName.put(u.fullName(), u));
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        var commands = new ArrayList<SaveUnitCommand>();
        for (Map<String, String> row : rows) {
            int line = Integer.parseInt(row.get("#line"));
            progress.advance();
            String congressName = row.getOrDefault("所属人大", "");
            Optional<Congress> congress = all.stream()
                    .filter(c -> c.name().equals(congressName.strip()) || c.shortName().equals(congressName.strip()))
                    .findFirst();
            if (congress.isEmpty()) {
                errors.add(new RosterJob.RowError(line, "所属人大", msg(congressName.isBlank() ? "field.required"
                        : "roster.congress.unknown", congressName.strip())));
                continue;
            }
            HandlingUnit existing = byName.get(row.getOrDefault("单位全称", "").strip());
            SaveUnitCommand command;
            try {
                command = new SaveUnitCommand(existing == null ? null : existing.id(), congress.get().id(),
                        row.get("单位全称"), row.get("简称"), row.get("机关代字"), row.get("联系电话"), row.get("邮政编码"),
                        row.get("通信地址"), row.get("职能"), me.toActor());
            } catch (RuleViolation refused) {
                errors.add(new RosterJob.RowError(line, COLUMN_OF_FIELD.get(refused.field()),
                        msg(refused.reasonKey(), refused.args())));
                continue;
            }
            if (!names.add(command.fullName())) {
                errors.add(new RosterJob.RowError(line, "单位全称", msg("roster.unit.twice", command.fullName())));
                continue;
            }
            if (!codes.add(command.congressId() + "/" + command.docCode())) {
                errors.add(new RosterJob.RowError(line, "机关代字", msg("roster.docCode.twice", command.docCode())));
                continue;
            }
            units.units(command.congressId()).stream()
                    .filter(u -> u.docCode().equals(command.docCode()) && !u.fullName().equals(command.fullName()))
                    .findFirst().ifPresentOrElse(holder -> errors.add(new RosterJob.RowError(line, "机关代字",
                                    msg("directory.unit.docCodeTaken", command.docCode(), holder.shortName()))),
                            () -> commands.add(command));
        }
        if (rows.isEmpty()) {
            errors.add(new RosterJob.RowError(0, null, msg("roster.file.noRows")));
        }
        return commands;
    }

    /**
     * Every deputy row as a command, each refusal as an error of its row; nothing is saved. 届别 lists the terms
     * (separated by 、，, or spaces) as 二届, 第二届, 区人大二届 or as exported, 区人大二届（2021—2026年）. A row naming
     * a deputy of the congress by name and 代表团 changes that deputy.
     */
    List<SaveDeputyCommand> checkDeputies(byte[] content, CurrentUser me, List<RosterJob.RowError> errors,
                                          Progress progress) {
        List<Map<String, String>> rows = read(content, "姓名", DEPUTY_REQUIRED, errors);
        if (!errors.isEmpty()) {
            return List.of();
        }
        progress.phase(0, RosterJob.CHECKING, rows.size());
        List<Congress> all = congresses.congresses(me.congressScope()).stream()   // ADR 0042
               .map(CongressDirectory.CongressEntry::congress).toList();
        var seen = new HashSet<String>();
        var commands = new ArrayList<SaveDeputyCommand>();
        for (Map<String, String> row : rows) {
            int line = Integer.parseInt(row.get("#line"));
            progress.advance();
            String congressName = row.getOrDefault("所属人大", "").strip();
            Optional<Congress> congress = all.stream()
                    .filter(c -> c.name().equals(congressName) || c.shortName().equals(congressName)).findFirst();
            if (congress.isEmpty()) {
                errors.add(new RosterJob.RowError(line, "所属人大", msg(congressName.isBlank() ? "field.required"
                        : "roster.congress.unknown", congressName)));
                continue;
            }
            Congress c = congress.get();
            var termIds = new ArrayList<Long>();
            String unknownTerm = null;
            for (String token : row.getOrDefault("届别", "").split("[、，,\\s]+")) {
                if (token.isBlank()) {
                    continue;
                }
                Optional<Long> term = congresses.termsOf(c.id()).stream()
                        .filter(t -> spellings(c, t).contains(token.strip())).map(CongressTerm::id).findFirst();
                if (term.isEmpty()) {
                    unknownTerm = token.strip();
                    break;
                }
                termIds.add(term.get());
            }
            if (unknownTerm != null) {
                errors.add(new RosterJob.RowError(line, "届别", msg("roster.term.unknown", unknownTerm, c.shortName())));
                continue;
            }
            String name = row.getOrDefault("姓名", "").strip();
            String delegation = row.getOrDefault("代表团", "").strip();
            Long existing = deputies.deputies(c.id()).stream()
                    .filter(d -> d.name().equals(name) && d.delegation().equals(delegation)).map(Deputy::id)
                    .findFirst().orElse(null);
            SaveDeputyCommand command;
            try {
                command = new SaveDeputyCommand(existing, c.id(), name, delegation, termIds, row.get("手机"),
                        row.get("通信地址"), row.get("邮政编码"), me.toActor());
            } catch (RuleViolation refused) {
                errors.add(new RosterJob.RowError(line, DEPUTY_COLUMN_OF_FIELD.get(refused.field()),
                        msg(refused.reasonKey(), refused.args())));
                continue;
            }
            if (!seen.add(c.id() + "/" + name + "/" + delegation)) {
                errors.add(new RosterJob.RowError(line, "姓名", msg("roster.deputy.twice", name, delegation)));
                continue;
            }
            commands.add(command);
        }
        if (rows.isEmpty()) {
            errors.add(new RosterJob.RowError(0, null, msg("roster.file.noRows")));
        }
        return commands;
    }

    /** How a list may name the term: 二届, 第二届, 区人大二届, 二届（2021—2026年）, 区人大二届（2021—2026年）. */
    private static Set<String> spellings(Congress congress, CongressTerm term) {
        String plain = cn.jianyi.shared.ChineseNumerals.of(term.number()) + "届";
        return new HashSet<>(List.of(plain, "第" + plain, congress.shortName() + plain, term.name(),
                congress.shortName() + term.name(), term.number() + "届", "第" + term.number() + "届"));
    }

    /** The rows under the header row (the first row naming {@code keyColumn}), each as column → text, with its line. */
    private List<Map<String, String>> read(byte[] content, String keyColumn, List<String> required,
                                           List<RosterJob.RowError> errors) {
        RosterSheet.Read read = RosterSheet.read(content, keyColumn, required);
        read.problems().forEach(problem -> errors.add(new RosterJob.RowError(problem.line(), problem.column(),
                msg(problem.reasonKey(), problem.args()))));
        return read.lines().stream().map(line -> {
            Map<String, String> values = new HashMap<>(line.cells());
            values.put("#line", String.valueOf(line.number()));
            return values;
        }).toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }

    private static JobFailed failed(RosterJob job, List<RosterJob.RowError> errors) {
        job.found(errors);
        return new JobFailed("roster.failed.none", errors.size());
    }

    public RosterJob visibleTo(String id, CurrentUser me) {
        return jobs.visibleTo(KIND, id, me.getUsername(), RosterJob.class);
    }

    public List<RosterJob> of(CurrentUser me) {
        return jobs.of(KIND, me.getUsername(), RosterJob.class);
    }

    /** 错误报告: one row per error. */
    public byte[] errorReport(RosterJob job) {
        return RosterSheet.errorReport(job.errors().stream()
                .map(e -> new RosterSheet.ReportLine(e.line(), e.column(), e.message())).toList());
    }
}
