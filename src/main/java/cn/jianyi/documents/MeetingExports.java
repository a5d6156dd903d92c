package cn.jianyi.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 会议答复函打包: every signed reply of a meeting, each in every {@link LetterFormat}, as one ZIP with a 目录.xlsx,
 * made on a background thread while the page shows the progress. Jobs live in this instance's memory; each ZIP is a
 * temporary file that only the person who started the job may download, removed {@code keep-for} after the job
 * finished (ADR 0016). A reply that fails to render fails the whole job, naming the reply: no partial ZIP.
 */
@Service
public class MeetingExports implements HeldInMemory {

    private static final Logger log = LoggerFactory.getLogger(MeetingExports.class);
    /** A reply's files are written in the order a file manager lists them. */
    private static final List<LetterFormat> BY_EXTENSION = Stream.of(LetterFormat.values())
            .sorted(Comparator.comparing(LetterFormat::extension)).toList();

    private final ReplyQueries replyQueries;
    private final ReplyLetters letters;
    private final LetterDocuments documents;
    private final Meetings meetings;
    private final Clock clock;
    private final Duration keepFor;
    private final Path directory;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService sweeper;
    private final Map<String, MeetingExport> jobs = new ConcurrentHashMap<>();

    MeetingExports(ReplyQueries replyQueries, ReplyLetters letters, LetterDocuments documents, Meetings meetings,
                   Clock clock, DocumentSettings settings) throws IOException {
        this.replyQueries = replyQueries;
        this.letters = letters;
        this.documents = documents;
        this.meetings = meetings;
        this.clock = clock;
        this.keepFor = settings.export().keepFor();
        this.directory = Files.createTempDirectory("jianyi-exports-");
        // one thread: rendering is CPU-bound, and requests keep the other cores
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.export().queue()),
                daemon("meeting-export"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("meeting-export-sweeper"));
        sweeper.scheduleWithFixedDelay(() -> sweep(clock.instant()), 5, 5, TimeUnit.MINUTES);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Starts exporting the meeting's signed replies that lie in the person's data scope, or returns the job the same
     * person already has running for that meeting. Refuses a meeting without signed replies and a full queue.
     */
    public synchronized MeetingExport start(long meetingId, CurrentUser me) {
        sweep(clock.instant());
        MeetingView meeting = meetings.view(meetingId);
        Optional<MeetingExport> running = jobs.values().stream()
                .filter(j -> j.ownerId() == me.id() && j.meeting().id() == meetingId && !j.isFinished()).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        List<Reply> replies = replyQueries.signedRepliesOfMeeting(meetingId, me.dataScope());
        if (replies.isEmpty()) {
            throw RuleViolation.onField("meetingId", "export.noReplies", meeting.name());
        }
        var job = new MeetingExport(UUID.randomUUID().toString(), me.id(), meeting, replies.size(), clock.instant());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, replies));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw RuleViolation.onField("meetingId", "export.busy");
        }
        return job;
    }

    /** The job if it exists and this person started it. */
    public Optional<MeetingExport> find(String id, CurrentUser me) {
        sweep(clock.instant());
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.ownerId() == me.id());
    }

    /** The person's jobs still kept, newest first. */
    public List<MeetingExport> of(CurrentUser me) {
        sweep(clock.instant());
        return jobs.values().stream().filter(job -> job.ownerId() == me.id())
                .sorted(Comparator.comparing(MeetingExport::startedAt).reversed()).toList();
    }

    /**
     * Forgets the jobs that finished more than {@code keep-for} before {@code now} and deletes their ZIPs: every five
     * minutes, and whenever the export is used.
     */
    void sweep(Instant now) {
        for (MeetingExport job : List.copyOf(jobs.values())) {
            if (job.isFinished() && job.finishedAt().plus(keepFor).isBefore(now)) {
                jobs.remove(job.id());
                deleteQuietly(job.file());
            }
        }
    }

    /** Lets a running or queued export finish, then forgets every job and deletes its file. */
    @Override
    public void forget() {
        HeldInMemory.awaitIdle(executor, Duration.ofSeconds(60));
        jobs.values().forEach(job -> deleteQuietly(job.file()));
        jobs.clear();
    }

    @PreDestroy
    void shutDown() {
        sweeper.shutdownNow();
        executor.shutdownNow();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(MeetingExports::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not list {}", directory, e);
        }
        deleteQuietly(directory);
    }

    /** A reply with its letter and the name its files get in the ZIP. */
    record Entry(Reply reply, ReplyLetter letter, String name) {
    }

    private void run(MeetingExport job, List<Reply> replies) {
        job.running();
        Path file = directory.resolve(job.id() + ".zip");
        try {
            List<Entry> entries = layOut(job, replies);
            try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                    StandardCharsets.UTF_8)) {
                for (Entry entry : entries) {
                    Map<LetterFormat, byte[]> rendered = render(job, entry);
                    if (rendered != null && job.failures().isEmpty()) {
                        for (LetterFormat format : BY_EXTENSION) {
                            write(zip, entry.name() + "." + format.extension(), rendered.get(format));
                        }
                    }
                    job.advance();
                }
                if (job.failures().isEmpty()) {
                    write(zip, "目录.xlsx", ExportIndex.of(entries));
                }
            }
            if (job.failures().isEmpty()) {
                job.completed(file, Files.size(file), clock.instant());
                log.info("Exported {} replies of {} into {}", job.total(), job.meeting().shortTitle(), file);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Export {} of {} failed", job.id(), job.meeting().shortTitle(), e);
        } finally {
            if (!job.isFinished()) {            // whatever stopped it, the page must not wait for ever
                deleteQuietly(file);
                job.failed(clock.instant());
            }
        }
    }

    /** Each reply's letter and name; a reply whose letter cannot be laid out is a failure (and counts as done). */
    private List<Entry> layOut(MeetingExport job, List<Reply> replies) {
        var laidOut = new ArrayList<ReplyLetter>();
        for (Reply reply : replies) {
            try {
                laidOut.add(letters.of(reply));
            } catch (RuntimeException e) {
                log.error("Reply {} could not be laid out for export {}", reply.id(), job.id(), e);
                job.failedOn(new MeetingExport.Failure(String.valueOf(reply.documentNumber()), null));
                laidOut.add(null);
                job.advance();
            }
        }
        int width = Math.max(3, laidOut.stream().filter(java.util.Objects::nonNull)
                .mapToInt(l -> String.valueOf(l.form().suggestionNumber()).length()).max().orElse(3));
        Set<Long> rehandled = replies.stream().filter(r -> r.round() > 1).map(Reply::suggestionId)
                .collect(Collectors.toSet());
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            ReplyLetter letter = laidOut.get(i);
            if (letter != null) {
                entries.add(new Entry(reply, letter, nameOf(letter,
                        rehandled.contains(reply.suggestionId()) ? reply.round() : null, width)));
            }
        }
        return entries;
    }

    /** The entry's letter in every format, or {@code null} after recording the formats that failed. */
    private Map<LetterFormat, byte[]> render(MeetingExport job, Entry entry) {
        Map<LetterFormat, byte[]> rendered = new EnumMap<>(LetterFormat.class);
        for (LetterFormat format : LetterFormat.values()) {
            try {
                rendered.put(format, documents.render(format, entry.letter(), rendered));
            } catch (RuntimeException e) {
                log.error("{} of reply {} failed in export {}", format, entry.reply().id(), job.id(), e);
                job.failedOn(new MeetingExport.Failure(entry.name(), format));
            }
        }
        return rendered.size() == LetterFormat.values().length ? rendered : null;
    }

    /**
     * 第043号建议-新卫提字〔2024〕1号; every reply of a re-handled case with its round (第047号建议-第1次答复-…,
     * 第047号建议-第2次答复-…). Sorted by name, by code point or by pinyin, a meeting's replies stand in suggestion
     * order and each case's replies in the order signed.
     *
     * @param round {@code null} for a case answered once
     */
    static String nameOf(ReplyLetter letter, Integer round, int width) {
        String number = String.format("%0" + width + "d", letter.form().suggestionNumber());
        String name = "第" + number + "号建议-" + (round != null ? "第" + round + "次答复-" : "") + letter.documentNumber();
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
