package cn.jianyi.documents;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianyi.suggestion.MeetingView;

/**
 * One run of 会议答复函打包: who started it, which meeting, how many of its replies are done, and the ZIP once it is
 * complete. Read by request threads while the export thread advances it.
 */
public final class MeetingExport {

    /** QUEUED → RUNNING → DONE, or FAILED (no ZIP is offered then). */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    /**
     * A reply that could not be made into a document.
     *
     * @param reply  the reply as named in the ZIP (第043号建议-新卫提字〔2024〕1号), or its document number if its
     *               letter could not even be laid out
     * @param format the format that failed; {@code null} when the letter could not be laid out
     */
    public record Failure(String reply, LetterFormat format) {
    }

    private final String id;
    private final long ownerId;
    private final MeetingView meeting;
    private final int total;
    private final Instant startedAt;
    private final AtomicInteger done = new AtomicInteger();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private volatile Status status = Status.QUEUED;
    private volatile Instant finishedAt;
    private volatile Path file;
    private volatile long size;

    MeetingExport(String id, long ownerId, MeetingView meeting, int total, Instant startedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.meeting = meeting;
        this.total = total;
        this.startedAt = startedAt;
    }

    void running() {
        status = Status.RUNNING;
    }

    void advance() {
        done.incrementAndGet();
    }

    void failedOn(Failure failure) {
        failures.add(failure);
    }

    void completed(Path zip, long bytes, Instant at) {
        this.file = zip;
        this.size = bytes;
        this.finishedAt = at;
        this.status = Status.DONE;
    }

    void failed(Instant at) {
        this.finishedAt = at;
        this.status = Status.FAILED;
    }

    public String id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    public MeetingView meeting() {
        return meeting;
    }

    /** The number of signed replies in the export. */
    public int total() {
        return total;
    }

    /** Replies handled so far (each in every format). */
    public int done() {
        return done.get();
    }

    public int percent() {
        return total == 0 ? 100 : done() * 100 / total;
    }

    public Status status() {
        return status;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The ZIP, once {@link Status#DONE}; {@code null} before and after a failure. */
    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** 区人大二届四次会议答复函.zip */
    public String fileName() {
        return meeting.shortTitle() + "答复函.zip";
    }
}
