package cn.jianyi.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobFailed;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressDirectory;

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

    private final UnitDirectory units;
    private final CongressDirectory congresses;
    private final BackgroundJobs jobs;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    RosterImports(UnitDirectory units, CongressDirectory congresses, BackgroundJobs jobs, MessageSource messages,
                  TransactionTemplate transaction) {
        this.units = units;
        this.congresses = congresses;
        this.jobs = jobs;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** Starts importing the list; refuses an empty or oversized file and a full queue beside the file field. */
    public RosterJob start(String fileName, byte[] content, CurrentUser me) {
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "roster.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.onField("file", "roster.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var job = new RosterJob(me.getUsername(), fileName);
        return jobs.start(KIND, job, progress -> run(job, progress, content, me));
    }

    private RosterJob.Imported run(RosterJob job, Progress progress, byte[] content, CurrentUser me) {
        try {
            var errors = new ArrayList<RosterJob.RowError>();
            List<SaveUnitCommand> commands = check(content, me, errors, progress);
            if (!errors.isEmpty()) {
                throw failed(job, errors);
            }
            progress.phase(1, RosterJob.IMPORTING, commands.size());
            int[] counts = transaction.execute(status -> {
                int added = 0;
                for (SaveUnitCommand command : commands) {
                    units.save(command);
                    added += command.id() == null ? 1 : 0;
                    progress.advance();
                }
                return new int[] {added, commands.size() - added};
            });
            log.info("Roster {}: {} units added, {} changed", job.fileName(), counts[0], counts[1]);
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
        List<Map<String, String>> rows = read(content, errors);
        if (!errors.isEmpty()) {
            return List.of();
        }
        progress.phase(0, RosterJob.CHECKING, rows.size());
        List<Congress> all = congresses.congresses().stream().map(CongressDirectory.CongressEntry::congress).toList();
        Map<String, HandlingUnit> byName = new HashMap<>();
        units.units(null).forEach(u -> byName.put(u.fullName(), u));
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

    /** The rows under the header row (the first row naming 单位全称), each as column → text, with its line. */
    private List<Map<String, String>> read(byte[] content, List<RosterJob.RowError> errors) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            var format = new DataFormatter(Locale.CHINA);
            Map<Integer, String> header = null;
            var rows = new ArrayList<Map<String, String>>();
            for (Row row : sheet) {
                Map<Integer, String> cells = new HashMap<>();
                row.forEach(cell -> cells.put(cell.getColumnIndex(), format.formatCellValue(cell).strip()));
                if (header == null) {
                    if (cells.containsValue("单位全称")) {
                        header = cells;
                        for (String required : REQUIRED) {
                            if (!header.containsValue(required)) {
                                errors.add(new RosterJob.RowError(row.getRowNum() + 1, required,
                                        msg("roster.column.missing", required)));
                            }
                        }
                    }
                    continue;
                }
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                var values = new HashMap<String, String>();
                for (var column : header.entrySet()) {
                    values.put(column.getValue(), cells.getOrDefault(column.getKey(), ""));
                }
                values.put("#line", String.valueOf(row.getRowNum() + 1));
                rows.add(values);
            }
            if (header == null) {
                errors.add(new RosterJob.RowError(0, null, msg("roster.column.missing", "单位全称")));
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            errors.add(new RosterJob.RowError(0, null, msg("roster.file.unreadable")));
            return List.of();
        }
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
        try (var sheet = Spreadsheet.create("错误报告", List.of(new Spreadsheet.Column("行号", 8),
                new Spreadsheet.Column("列", 12), new Spreadsheet.Column("错误", 60)));
             var out = new ByteArrayOutputStream()) {
            for (RosterJob.RowError error : job.errors()) {
                sheet.row(error.line() == 0 ? null : error.line(), error.column(), error.message());
            }
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
