package cn.jianyi.archive;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.IllegalTransitionException;

/**
 * One upload of historical letters: who started it and when, how many files it holds and how many have been read or
 * found unreadable so far. RUNNING while the files are read on the background thread, then DONE, or FAILED with the
 * {@link Failure reason} it broke off for (the files recorded so far stay, the others are unread). While it runs, the
 * instance reading it holds a lease that it renews ({@link #renew}); once the lease has run out, that instance is gone
 * and any instance may mark the batch {@link Failure#STOPPED} (ADR 0064).
 */
@Table("archive_batches")
public class ImportBatch {

    /** 正在读取 → 读取完成 / 中断. */
    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** Why a batch broke off; its label says so and how many files were left unread. */
    public enum Failure {
        /** Refused at the start: the queue of imports was full. */
        BUSY,
        /** The reading broke off on an error. */
        ERROR,
        /** The application stopped while the batch was being read; marked at the next start (before ADR 0064). */
        RESTART,
        /**
         * The instance reading the batch stopped (its lease ran out): marked by another instance's sweep or at the next
         * start. Its files were held by that instance only, so the batch cannot be resumed.
         */
        STOPPED
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private String startedBy;
    private String startedName;
    private Instant startedAt;
    private Status status;
    private int files;
    private int readable;
    private int unreadable;
    private Instant finishedAt;
    private Failure failure;
    private String instance;
    private Instant leaseUntil;

    protected ImportBatch() {
    }

    /** A batch read by {@code instance}, which holds it until {@code leaseUntil} unless it renews the lease. */
    static ImportBatch start(Actor actor, int files, Instant at, String instance, Instant leaseUntil) {
        if (instance == null || leaseUntil == null || !leaseUntil.isAfter(at)) {
            throw new IllegalArgumentException("a batch starts with its instance and a lease that runs past its start");
        }
        var batch = new ImportBatch();
        batch.instance = instance;
        batch.leaseUntil = leaseUntil;
        batch.startedBy = actor.username();
        batch.startedName = actor.displayName();
        batch.startedAt = at;
        batch.files = files;
        batch.status = Status.RUNNING;
        return batch;
    }

    /** One more file recorded, readable or not. */
    void recorded(boolean read) {
        require("recorded");
        if (read) {
            readable++;
        } else {
            unreadable++;
        }
    }

    void finish(Instant at) {
        require("finish");
        status = Status.DONE;
        finishedAt = at;
    }

    /** The instance reading the batch holds it until {@code until}. */
    void renew(Instant until) {
        require("renew");
        if (until.isAfter(leaseUntil)) {
            leaseUntil = until;
        }
    }

    /** Whether the lease has run out at {@code now}: the instance reading the batch stopped. */
    boolean leaseRanOut(Instant now) {
        return status == Status.RUNNING && (leaseUntil == null || !leaseUntil.isAfter(now));
    }

    /** The instance reading the batch stopped: FAILED, {@link Failure#STOPPED}; only once its lease has run out. */
    void stopped(Instant now) {
        require("stopped");
        if (!leaseRanOut(now)) {
            throw new IllegalTransitionException(status, "stopped while leased");
        }
        breakOff(Failure.STOPPED, now);
    }

    void breakOff(Failure reason, Instant at) {
        require("breakOff");
        status = Status.FAILED;
        failure = reason;
        finishedAt = at;
    }

    private void require(String action) {
        if (status != Status.RUNNING) {
            throw new IllegalTransitionException(status, action);
        }
    }

    public Long id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public String startedName() {
        return startedName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Status status() {
        return status;
    }

    public int files() {
        return files;
    }

    public int readable() {
        return readable;
    }

    public int unreadable() {
        return unreadable;
    }

    public int done() {
        return readable + unreadable;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The instance that reads (or read) the batch. */
    public String instance() {
        return instance;
    }

    /** Until when that instance holds the batch, unless it renews the lease. */
    public Instant leaseUntil() {
        return leaseUntil;
    }

    /** Why the batch broke off, once {@link Status#FAILED}; {@code null} otherwise. */
    public Failure failure() {
        return failure;
    }

    /** The files not recorded (none once the batch is done). */
    public int unread() {
        return files - done();
    }

    /** The status as the progress fragment shows it ({@code ImportBatch.Status.RUNNING}). */
    public String state() {
        return status.name();
    }

    public boolean isFinished() {
        return status != Status.RUNNING;
    }

    /** Progress in percent. */
    public int percent() {
        return isFinished() || files == 0 ? 100 : done() * 100 / files;
    }
}
