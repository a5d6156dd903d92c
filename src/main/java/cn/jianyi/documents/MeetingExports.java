package cn.jianyi.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobFailed;
import cn.jianyi.shared.jobs.JobKind;
import cn.jianyi.shared.jobs.Progress;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 会议答复函打包: every signed reply of a meeting, each in every {@link LetterFormat}, as one ZIP with a 目录.xlsx,
 * made as a background job of kind {@code meeting-export} ({@link BackgroundJobs}, {@code jianyi.jobs.meeting-export})
 * while the page shows the progress. Each ZIP is a temporary file that only the person who started the job may
 * download, removed with the job {@code keep-for} after it finished (ADR 0016, ADR 0032). A reply that fails to
 * render fails the whole job, naming the reply: no partial ZIP.
 */
@Service
public class MeetingExports {

    static final JobKind KIND = new JobKind("meeting-export", "meetingId", "export.busy", "export.unknown");
    private static final Logger log = LoggerFactory.getLogger(MeetingExports.class);
    /** A reply's files are written in the order a file manager lists them. */
    private static final List<LetterFormat> BY_EXTENSION = Stream.of(LetterFormat.values())
            .sorted(Comparator.comparing(LetterFormat::extension)).toList();

    private final ReplyQueries replyQueries;
    private final ReplyLetters letters;
    private final LetterDocuments documents;
    private final Meetings meetings;
    private final BackgroundJobs jobs;
    private final Path directory;

    MeetingExports(ReplyQueries replyQueries, ReplyLetters letters, LetterDocuments documents, Meetings meetings,
                   BackgroundJobs jobs) throws IOException {
        this.replyQueries = replyQueries;
        this.letters = letters;
        this.documents = documents;
        this.meetings = meetings;
        this.jobs = jobs;
        this.directory = Files.createTempDirectory("jianyi-exports-");
    }

    /**
     * Starts exporting the meeting's signed replies that lie in the person's data scope, or returns the job the same
     * person already has running for that meeting. Refuses a meeting without signed replies and a full queue.
     */
    public synchronized MeetingExport start(long meetingId, CurrentUser me) {
        MeetingView meeting = meetings.viewWithin(meetingId, me.congressScope());   // another congress's: 404
        Optional<MeetingExport> running = of(me).stream()
                .filter(j -> j.meeting().id() == meetingId && !j.isFinished()).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        List<Reply> replies = replyQueries.signedRepliesOfMeeting(meetingId, me.dataScope());
        if (replies.isEmpty()) {
            throw RuleViolation.onField("meetingId", "export.noReplies", meeting.name());
        }
        var job = new MeetingExport(me.getUsername(), meeting, replies.size());
        return jobs.start(KIND, job, progress -> zip(job, replies, progress));
    }

    /** The job if it exists and this person started it. */
    public Optional<MeetingExport> find(String id, CurrentUser me) {
        return jobs.find(KIND, id, me.getUsername(), MeetingExport.class);
    }

    /** The job if it exists and this person started it, or a 404 that says what may have become of it. */
    public MeetingExport visibleTo(String id, CurrentUser me) {
        return jobs.visibleTo(KIND, id, me.getUsername(), MeetingExport.class);
    }

    /** The person's jobs still kept, newest first. */
    public List<MeetingExport> of(CurrentUser me) {
        return jobs.of(KIND, me.getUsername(), MeetingExport.class);
    }

    /** Forgets the jobs that finished more than {@code keep-for} before {@code now} and deletes their ZIPs. */
    void sweep(Instant now) {
        jobs.sweep(now);
    }

    @PreDestroy
    void shutDown() {
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

    /** The work: every reply in every format into one ZIP, or the job fails naming the replies that did not render. */
    private MeetingExport.Zip zip(MeetingExport job, List<Reply> replies, Progress progress) {
        Path file = directory.resolve(job.id() + ".zip");
        boolean complete = false;
        try {
            List<Entry> entries = layOut(job, replies, progress);
            try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                    StandardCharsets.UTF_8)) {
                for (Entry entry : entries) {
                    Map<LetterFormat, byte[]> rendered = render(job, entry);
                    if (rendered != null && job.failures().isEmpty()) {
                        for (LetterFormat format : BY_EXTENSION) {
                            write(zip, entry.name() + "." + format.extension(), rendered.get(format));
                        }
                    }
                    progress.advance();
                }
                if (job.failures().isEmpty()) {
                    write(zip, "目录.xlsx", ExportIndex.of(entries));
                }
            }
            if (!job.failures().isEmpty()) {
                throw new JobFailed("export.failure.list");
            }
            var result = new MeetingExport.Zip(file, Files.size(file));
            complete = true;
            log.info("Exported {} replies of {} into {}", job.total(), job.meeting().shortTitle(), file);
            return result;
        } catch (IOException e) {
            log.error("Export {} of {} could not be written", job.id(), job.meeting().shortTitle(), e);
            throw new JobFailed("export.failure.write");
        } finally {
            if (!complete) {
                deleteQuietly(file);
            }
        }
    }

    /** Each reply's letter and name; a reply whose letter cannot be laid out is a failure (and counts as done). */
    private List<Entry> layOut(MeetingExport job, List<Reply> replies, Progress progress) {
        var laidOut = new ArrayList<ReplyLetter>();
        for (Reply reply : replies) {
            try {
                laidOut.add(letters.of(reply));
            } catch (RuntimeException e) {
                log.error("Reply {} could not be laid out for export {}", reply.id(), job.id(), e);
                job.failedOn(new MeetingExport.Failure(String.valueOf(reply.documentNumber()), null));
                laidOut.add(null);
                progress.advance();
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

    static void deleteQuietly(Path file) {
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
