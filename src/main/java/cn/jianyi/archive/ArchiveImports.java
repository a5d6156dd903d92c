package cn.jianyi.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.shared.RuleViolation;

/**
 * 历史复函导入: starts reading an upload of letters (files, or ZIPs of files) on a background thread. Each file is read
 * ({@link LetterReader}) and parsed ({@link LetterParser}) and recorded in its own transaction with the batch's count,
 * so a file is either recorded whole or not at all; a file that cannot be read is recorded with its reason and the
 * batch goes on. The batch and its files are kept in the database; the progress page reads them.
 */
@Service
public class ArchiveImports implements HeldInMemory {

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
    private final ThreadPoolExecutor executor;

    ArchiveImports(LetterReader reader, LetterArchives archives, LetterParser parser, ImportBatchRepository batches,
                   ArchivedLetterRepository letters, PlatformTransactionManager transactionManager,
                   MessageSource messages, Clock clock) {
        this.reader = reader;
        this.archives = archives;
        this.parser = parser;
        this.batches = batches;
        this.letters = letters;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10), r -> {
            Thread thread = new Thread(r, "archive-import");
            thread.setDaemon(true);
            return thread;
        });
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
        ImportBatch batch = batches.save(ImportBatch.start(actor, files.size(), clock.instant()));
        try {
            executor.execute(() -> run(batch.id(), files));
        } catch (RejectedExecutionException e) {
            transactions.executeWithoutResult(status -> {
                ImportBatch refused = batches.findById(batch.id()).orElseThrow();
                refused.breakOff(clock.instant());
                batches.save(refused);
            });
            throw RuleViolation.onField("files", "archive.busy");
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
        ImportBatch batch = batches.save(ImportBatch.start(actor, files.size(), clock.instant()));
        run(batch.id(), files);
        return batch.id();
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

    private void run(long batchId, List<LetterFile> files) {
        int position = 0;
        try {
            for (LetterFile file : files) {
                record(batchId, ++position, file);
            }
            finish(batchId, false);
            log.info("Read {} historical letter file(s) of batch {}", files.size(), batchId);
        } catch (RuntimeException e) {
            log.error("Archive import batch {} broke off at file {}", batchId, position, e);
            finish(batchId, true);
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
            batches.save(batch);
        });
    }

    private void finish(long batchId, boolean brokenOff) {
        transactions.executeWithoutResult(status -> {
            ImportBatch batch = batches.findById(batchId).orElseThrow();
            if (brokenOff) {
                batch.breakOff(clock.instant());
            } else {
                batch.finish(clock.instant());
            }
            batches.save(batch);
        });
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

    /** Lets a running or queued batch finish; batches themselves are kept in the database. */
    @Override
    public void forget() {
        HeldInMemory.awaitIdle(executor, Duration.ofSeconds(30));
    }

    @PreDestroy
    void shutDown() {
        executor.shutdownNow();
    }
}
