package cn.jianyi.intake;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobFailed;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 批量登记: starts an import of a 交办清单 as a background job of kind {@code intake} ({@link BackgroundJobs},
 * {@code jianyi.jobs.intake}), kept in this instance's memory for the person who started it, with its progress and
 * outcome, until {@code keep-for} after it ends (ADR 0023, ADR 0032). The import is one transaction: a job cut off by a
 * restart imported nothing, and its page says the job is gone.
 */
@Service
public class ImportJobs {

    static final JobKind KIND = new JobKind("intake", "file", "intake.busy", "intake.unknown");
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** The largest 交办清单 accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final AssignmentListImport importer;
    private final Meetings meetings;
    private final MessageSource messages;
    private final BackgroundJobs jobs;

    ImportJobs(AssignmentListImport importer, Meetings meetings, MessageSource messages, BackgroundJobs jobs) {
        this.importer = importer;
        this.meetings = meetings;
        this.messages = messages;
        this.jobs = jobs;
    }

    /**
     * Starts importing the sheet into the meeting: rows received on {@code receivedOn} unless a row says otherwise,
     * assigned on {@code assignedOn} where a row names its lead unit. Refuses an empty or oversized file and a full
     * queue beside the file field.
     */
    public ImportJob start(long meetingId, LocalDate receivedOn, LocalDate assignedOn, String fileName, byte[] content,
                           CurrentUser me) {
        MeetingView meeting = meetings.find(meetingId).filter(m -> me.congressScope().coversCongress(m.congressId()))
                .orElseThrow(() -> RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));   // ADR 0042
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "intake.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.onField("file", "intake.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var job = new ImportJob(me.getUsername(), fileName, meeting);
        return jobs.start(KIND, job, progress -> run(job, progress, content, receivedOn, assignedOn, me));
    }

    /** The work: check every row, then import them all; any error fails the job with the errors, nothing imported. */
    private ImportJob.Imported run(ImportJob job, Progress progress, byte[] content, LocalDate receivedOn,
                                   LocalDate assignedOn, CurrentUser me) {
        try {
            AssignmentListSheet.Parsed parsed = AssignmentListSheet.read(content);
            if (!parsed.errors().isEmpty()) {
                throw failed(job, parsed.errors().stream().map(e -> new RowError(e.line(), e.number(), e.column(),
                        messages.getMessage(e.message(), new Object[] {e.column()}, Locale.CHINA))).toList());
            }
            if (parsed.rows().isEmpty()) {
                throw failed(job, List.of(new RowError(0, null, null,
                        messages.getMessage("intake.file.noRows", null, Locale.CHINA))));
            }
            progress.phase(0, ImportJob.CHECKING, parsed.rows().size());
            var errors = new ArrayList<RowError>();
            var plans = importer.check(parsed.rows(), job.meeting(), receivedOn, errors, progress::advance);
            if (!errors.isEmpty()) {
                throw failed(job, errors);
            }
            progress.phase(1, ImportJob.IMPORTING, parsed.rows().size());
            int[] counts = importer.importAll(plans, job.meeting(), assignedOn, me.toActor(), errors,
                    progress::advance);
            if (counts == null) {
                throw failed(job, errors);
            }
            log.info("Imported {} suggestions ({} assigned) into {} from {}", counts[0], counts[1],
                    job.meeting().shortTitle(), job.fileName());
            return new ImportJob.Imported(counts[0], counts[1]);
        } catch (JobFailed e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.id(), job.fileName(), e);
            throw failed(job, List.of(new RowError(0, null, null,
                    messages.getMessage("intake.failed", null, Locale.CHINA))));
        }
    }

    private static JobFailed failed(ImportJob job, List<RowError> errors) {
        job.found(errors);
        return new JobFailed("intake.failed.none", errors.size());
    }

    /** The job if it exists and this person started it. */
    public Optional<ImportJob> find(String id, CurrentUser me) {
        return jobs.find(KIND, id, me.getUsername(), ImportJob.class);
    }

    /** The job if it exists and this person started it, or a 404 that says what may have become of it. */
    public ImportJob visibleTo(String id, CurrentUser me) {
        return jobs.visibleTo(KIND, id, me.getUsername(), ImportJob.class);
    }

    /** The person's jobs still kept, newest first. */
    public List<ImportJob> of(CurrentUser me) {
        return jobs.of(KIND, me.getUsername(), ImportJob.class);
    }

    /** 错误报告: the job's errors as an Excel sheet, one row per error. */
    public byte[] errorReport(ImportJob job) {
        try (var sheet = Spreadsheet.create("错误报告", List.of(new Spreadsheet.Column("行号", 8),
                new Spreadsheet.Column("建议号", 10), new Spreadsheet.Column("列", 12),
                new Spreadsheet.Column("错误", 60))); var out = new ByteArrayOutputStream()) {
            for (RowError error : job.errors()) {
                sheet.row(error.line() == 0 ? null : error.line(), error.number(), error.column(), error.message());
            }
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
