package cn.jianyi.intake;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 批量登记: starts an import of a 交办清单 on a background thread and keeps it (in this instance's memory, like the
 * meeting export, ADR 0016) for the person who started it, with its progress and outcome, for an hour after it ends.
 */
@Service
public class ImportJobs implements HeldInMemory {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** The largest 交办清单 accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final AssignmentListImport importer;
    private final Meetings meetings;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration keepFor;
    private final ThreadPoolExecutor executor;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(AssignmentListImport importer, Meetings meetings, MessageSource messages, Clock clock,
               @Value("${jianyi.intake.keep-for:1h}") Duration keepFor) {
        this.importer = importer;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
        this.keepFor = keepFor;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(5), r -> {
            Thread thread = new Thread(r, "intake");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts importing the sheet into the meeting: rows received on {@code receivedOn} unless a row says otherwise,
     * assigned on {@code assignedOn} where a row names its lead unit. Refuses an empty or oversized file and a full
     * queue beside the file field.
     */
    public ImportJob start(long meetingId, LocalDate receivedOn, LocalDate assignedOn, String fileName, byte[] content,
                           CurrentUser me) {
        sweep(clock.instant());
        MeetingView meeting = meetings.find(meetingId)
                .orElseThrow(() -> RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "intake.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.onField("file", "intake.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var job = new ImportJob(UUID.randomUUID().toString(), me.id(), fileName, meeting, clock.instant());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, content, receivedOn, assignedOn, me));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw RuleViolation.onField("file", "intake.busy");
        }
        return job;
    }

    private void run(ImportJob job, byte[] content, LocalDate receivedOn, LocalDate assignedOn, CurrentUser me) {
        try {
            AssignmentListSheet.Parsed parsed = AssignmentListSheet.read(content);
            if (!parsed.errors().isEmpty()) {
                job.failed(parsed.errors().stream().map(e -> new RowError(e.line(), e.number(), e.column(),
                        messages.getMessage(e.message(), new Object[] {e.column()}, Locale.CHINA))).toList(),
                        clock.instant());
                return;
            }
            if (parsed.rows().isEmpty()) {
                job.failed(List.of(new RowError(0, null, null,
                        messages.getMessage("intake.file.noRows", null, Locale.CHINA))), clock.instant());
                return;
            }
            job.checking(parsed.rows().size());
            var errors = new ArrayList<RowError>();
            var plans = importer.check(parsed.rows(), job.meeting(), receivedOn, errors, job::advance);
            if (!errors.isEmpty()) {
                job.failed(errors, clock.instant());
                return;
            }
            job.importing();
            int[] counts = importer.importAll(plans, job.meeting(), assignedOn, me.toActor(), errors, job::advance);
            if (counts == null) {
                job.failed(errors, clock.instant());
                return;
            }
            job.completed(counts[0], counts[1], clock.instant());
            log.info("Imported {} suggestions ({} assigned) into {} from {}", counts[0], counts[1],
                    job.meeting().shortTitle(), job.fileName());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.id(), job.fileName(), e);
            job.failed(List.of(new RowError(0, null, null,
                    messages.getMessage("intake.failed", null, Locale.CHINA))), clock.instant());
        }
    }

    /** The job if it exists and this person started it. */
    public Optional<ImportJob> find(String id, CurrentUser me) {
        sweep(clock.instant());
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.ownerId() == me.id());
    }

    /** The person's jobs still kept, newest first. */
    public List<ImportJob> of(CurrentUser me) {
        sweep(clock.instant());
        return jobs.values().stream().filter(job -> job.ownerId() == me.id())
                .sorted(Comparator.comparing(ImportJob::startedAt).reversed()).toList();
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

    void sweep(Instant now) {
        jobs.values().removeIf(job -> job.isFinished() && job.finishedAt().plus(keepFor).isBefore(now));
    }

    /** Lets a running or queued import finish, then forgets every job. */
    @Override
    public void forget() {
        HeldInMemory.awaitIdle(executor, Duration.ofSeconds(30));
        jobs.clear();
    }

    @PreDestroy
    void shutDown() {
        executor.shutdownNow();
    }
}
