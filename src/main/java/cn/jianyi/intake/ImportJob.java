package cn.jianyi.intake;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianyi.suggestion.MeetingView;

/**
 * One import of a 交办清单: who started it, for which meeting, how far it got, and its outcome — the numbers
 * imported, or the row-by-row errors (then nothing was imported). Read by request threads while the import thread
 * advances it.
 */
public final class ImportJob {

    /** QUEUED → CHECKING → IMPORTING → DONE, or FAILED with its errors. */
    public enum Status {
        QUEUED, CHECKING, IMPORTING, DONE, FAILED
    }

    private final String id;
    private final long ownerId;
    private final String fileName;
    private final MeetingView meeting;
    private final Instant startedAt;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile Status status = Status.QUEUED;
    private volatile List<RowError> errors = List.of();
    private volatile int registered;
    private volatile int assigned;
    private volatile Instant finishedAt;

    ImportJob(String id, long ownerId, String fileName, MeetingView meeting, Instant startedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.meeting = meeting;
        this.startedAt = startedAt;
    }

    void checking(int rows) {
        total = rows;
        status = Status.CHECKING;
    }

    void importing() {
        done.set(0);
        status = Status.IMPORTING;
    }

    void advance() {
        done.incrementAndGet();
    }

    void completed(int registered, int assigned, Instant at) {
        this.registered = registered;
        this.assigned = assigned;
        this.finishedAt = at;
        this.status = Status.DONE;
    }

    void failed(List<RowError> errors, Instant at) {
        this.errors = List.copyOf(errors);
        this.finishedAt = at;
        this.status = Status.FAILED;
    }

    public String id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String fileName() {
        return fileName;
    }

    public MeetingView meeting() {
        return meeting;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Status status() {
        return status;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    /** Progress in percent: checking counts for the first half, importing for the second. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (total == 0) {
            return 0;
        }
        int half = done.get() * 50 / total;
        return status == Status.IMPORTING ? 50 + half : half;
    }

    public List<RowError> errors() {
        return errors;
    }

    public int registered() {
        return registered;
    }

    public int assigned() {
        return assigned;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
