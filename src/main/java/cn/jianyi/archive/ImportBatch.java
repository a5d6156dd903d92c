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
 * {@link Failure reason} it broke off for (the files recorded so far stay, the others are unread).
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
        /** The application stopped while the batch was being read; marked at the next start. */
        RESTART
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

    protected ImportBatch() {
    }

    static ImportBatch start(Actor actor, int files, Instant at) {
        var batch = new ImportBatch();
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
