package cn.jianyi.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.jobs.BackgroundJob;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.Instance;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;

/**
 * 历史复函导入: starts reading an upload of letters (files, or ZIPs of files) as a background job of kind
 * {@code archive-import} ({@link BackgroundJobs}, {@code jianyi.jobs.archive-import}). Each file is read
 * ({@link LetterReader}) and parsed ({@link LetterParser}) and recorded in its own transaction with the batch's count,
 * so a file is either recorded whole or not at all; a file that cannot be read is recorded with its reason and the
 * batch goes on. The batch and its files are kept in the database; the progress page reads them. The instance
 * reading a batch holds a lease on it, renewed with every file and every {@code jianyi.archive.lease-renewal}; a batch
 * whose lease ran out (its instance stopped or was cut off) is marked failed by any instance ({@link InterruptedImports},
 * ADR 0064).
 */
@Service
public class ArchiveImports {

    static final JobKind KIND = new JobKind("archive-import", "files", "archive.busy", "archive.batch.unknown");

    private static final Logger log = LoggerFactory.getLogger(ArchiveImports.class);
    /** The most files one upload may hold, ZIP entries included. */
    public static final int MAX_FILES = 500;
    /** The longest letter text kept, in characters. */
    static final int MAX_TEXT = 200_000;
    private static final int MAX_NAME = 300;

    private final LetterReader reader;
    private final LetterArchives archives;
    private final LetterParser parser;
    private final ImportBatchRepository batches;
    private final ArchivedLetterRepository letters;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final BackgroundJobs jobs;
    private final Instance instance;
    private final Duration lease;
    private final JdbcClient jdbc;

    /** The reading of one batch on this instance. */
    static final class Reading extends BackgroundJob<Void> {

        private final long batchId;

        Reading(String owner, long batchId, int files) {
            super(owner, files);
            this.batchId = batchId;
        }

        long batchId() {
            return batchId;
        }
    }

    ArchiveImports(LetterReader reader, LetterArchives archives, LetterParser parser, ImportBatchRepository batches,
                   ArchivedLetterRepository letters, PlatformTransactionManager transactionManager,
                   MessageSource messages, Clock clock, BackgroundJobs jobs, Instance instance,
                   @Value("${jianyi.archive.lease:PT2M}") Duration lease, JdbcClient jdbc) {
        this.reader = reader;
        this.archives = archives;
        this.parser = parser;
        this.batches = batches;
        this.letters = letters;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.clock = clock;
        this.jobs = jobs;
        this.instance = instance;
        this.lease = lease;
        this.jdbc = jdbc;
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("jianyi.archive.lease must be positive");
        }
    }

    /**
     * Records a batch of the uploaded files (ZIPs expanded) and starts reading them; refuses an upload without files,
     * one with too many, and a full queue beside the file field.
     *
     * @return the batch's id
     */
    public long start(List<UploadedFile> uploads, Actor actor) {
        List<LetterFile> files = expand(uploads);
        if (files.isEmpty()) {
            throw RuleViolation.onField("files", "archive.files.required");
        }
        if (files.size() > MAX_FILES) {
            throw RuleViolation.onField("files", "archive.files.tooMany", MAX_FILES);
        }
        ImportBatch batch = batches.save(newBatch(actor, files.size()));
        try {
            jobs.start(KIND, new Reading(actor.username(), batch.id(), files.size()), progress -> {
                run(batch.id(), files, progress);
                return null;
            });
        } catch (RuleViolation busy) {
            finish(batch.id(), ImportBatch.Failure.BUSY);
            throw busy;
        }
        return batch.id();
    }

    /**
     * Records a batch of the files and reads them on the calling thread, as the background thread would (for the
     * demo data and the command line).
     *
     * @return the batch's id
     */
    public long importNow(List<UploadedFile> uploads, Actor actor) {
        List<LetterFile> files = expand(uploads);
        ImportBatch batch = batches.save(newBatch(actor, files.size()));
        run(batch.id(), files, null);
        return batch.id();
    }

    private ImportBatch newBatch(Actor actor, int files) {
        Instant now = clock.instant();
        return ImportBatch.start(actor, files, now, instance.id(), now.plus(lease));
    }

    /**
     * The files of the uploads: a ZIP's entries (named after the ZIP, its refused entries with their reason, an empty
     * ZIP as one refused file), any other upload as it is.
     */
    private List<LetterFile> expand(List<UploadedFile> uploads) {
        var files = new ArrayList<LetterFile>();
        for (UploadedFile upload : uploads) {
            if (!archives.isArchive(upload.name(), upload.content())) {
                files.add(LetterFile.of(upload.name(), upload.content()));
                continue;
            }
            List<LetterFile> entries = archives.expand(upload.name(), upload.content());
            if (entries.isEmpty()) {
                files.add(LetterFile.refused(upload.name(), message("archive.zip.empty")));
            }
            for (LetterFile entry : entries) {
                boolean wholeUpload = entries.size() == 1 && entry.refused()
                        && upload.name() != null && upload.name().endsWith(entry.name());
                files.add(wholeUpload ? new LetterFile(upload.name(), entry.content(), entry.error())
                        : new LetterFile(upload.name() + "/" + entry.name(), entry.content(), entry.error()));
            }
        }
        return files;
    }

    /** The work: every file recorded, then the batch done; an error breaks it off ({@code progress} may be null). */
    private void run(long batchId, List<LetterFile> files, Progress progress) {
        int position = 0;
        try {
            for (LetterFile file : files) {
                record(batchId, ++position, file);
                if (progress != null) {
                    progress.advance();
                }
            }
            finish(batchId, null);
            log.info("Read {} historical letter file(s) of batch {}", files.size(), batchId);
        } catch (RuntimeException e) {
            log.error("Archive import batch {} broke off at file {}", batchId, position, e);
            finish(batchId, ImportBatch.Failure.ERROR);
        }
    }

    private void record(long batchId, int position, LetterFile file) {
        String name = file.name().length() > MAX_NAME ? file.name().substring(0, MAX_NAME) : file.name();
        ArchivedLetter letter;
        if (file.refused()) {
            letter = ArchivedLetter.unreadable(batchId, position, name, abbreviate(file.error()));
        } else {
            letter = readAndParse(batchId, position, name, file.content());
        }
        try {
            save(batchId, letter);
        } catch (RuntimeException e) {
            log.warn("Could not record file {} of batch {}", name, batchId, e);
            save(batchId, ArchivedLetter.unreadable(batchId, position, name, message("archive.file.failed")));
        }
    }

    private ArchivedLetter readAndParse(long batchId, int position, String name, byte[] content) {
        try {
            LetterText text = reader.read(name, content);
            if (text.text().length() > MAX_TEXT) {
                return ArchivedLetter.unreadable(batchId, position, name, message("archive.file.tooLong"));
            }
            return ArchivedLetter.read(batchId, position, name, text, parser.parse(text));
        } catch (UnreadableLetter e) {
            return ArchivedLetter.unreadable(batchId, position, name, abbreviate(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Could not read or parse file {} of batch {}", name, batchId, e);
            return ArchivedLetter.unreadable(batchId, position, name, message("archive.file.failed"));
        }
    }

    private void save(long batchId, ArchivedLetter letter) {
        transactions.executeWithoutResult(status -> {
            letters.save(letter);
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            batch.recorded(letter.status() == ArchivedLetter.Status.PENDING_REVIEW);
            batch.renew(clock.instant().plus(lease));
            batches.save(batch);
        });
    }

    /** The batch done, or broken off for the reason given. */
    private void finish(long batchId, ImportBatch.Failure failure) {
        transactions.executeWithoutResult(status -> {
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            if (failure != null) {
                batch.breakOff(failure, clock.instant());
            } else {
                batch.finish(clock.instant());
            }
            batches.save(batch);
        });
    }

    /**
     * Renews the lease of every batch this instance is reading (a file may take a while to read). A plain update, not
     * through the aggregate: the reading thread saves the batch with every file, and a version bump here would make
     * its save fail.
     *
     * @return how many leases were renewed
     */
    int renewLeases() {
        List<Long> readingHere = jobs.unfinished(KIND, Reading.class).stream().map(Reading::batchId).toList();
        if (readingHere.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update archive_batches set lease_until = :until
                         where id in (:ids) and status = 'RUNNING' and instance = :instance and lease_until < :until""")
                .param("until", java.sql.Timestamp.from(clock.instant().plus(lease)))
                .param("ids", readingHere).param("instance", instance.id()).update();
    }

    /**
     * Marks every batch the database still has RUNNING whose lease ran out, and that no thread of this instance is
     * reading, as FAILED {@link ImportBatch.Failure#STOPPED}: the instance that read it stopped (a restart, a crash,
     * a switch-off). A batch another live instance is reading keeps its lease and is left alone.
     *
     * @return how many batches were marked
     */
    public int markCutOff() {
        Set<Long> readingHere = jobs.unfinished(KIND, Reading.class).stream().map(Reading::batchId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        int marked = 0;
        for (ImportBatch running : batches.findByStatus(ImportBatch.Status.RUNNING)) {
            if (!readingHere.contains(running.id()) && running.leaseRanOut(now) && markStopped(running.id())) {
                log.warn("Archive import batch {} was cut off: instance {} stopped with {} of {} file(s) unread",
                        running.id(), running.instance(), running.unread(), running.files());
                marked++;
            }
        }
        return marked;
    }

    /** The batch, if still RUNNING with its lease run out, marked stopped; false if it moved on meanwhile. */
    private boolean markStopped(long batchId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            if (!batch.leaseRanOut(clock.instant())) {
                return false;
            }
            batch.stopped(clock.instant());
            batches.save(batch);
            return true;
        }));
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.CHINA);
    }

    private String abbreviate(String message) {
        String text = message == null || message.isBlank() ? message("archive.file.failed") : message;
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }

    /** A batch by id. */
    public Optional<ImportBatch> batch(long id) {
        return batches.findById(id);
    }

    /** The latest batches, newest first. */
    public List<ImportBatch> recent() {
        return batches.findTop20ByOrderByStartedAtDesc();
    }

    /** The files of a batch, in upload order. */
    public List<ArchivedLetter> lettersOf(long batchId) {
        return letters.findByBatchIdOrderByPosition(batchId);
    }
}
