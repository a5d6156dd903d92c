package cn.jianyi.archive;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.IllegalTransitionException;

/**
 * One upload of historical letters: who started it and when, how many files it holds and how many have been read or
 * found unreadable so far. RUNNING while the files are read on the background thread, then DONE (or FAILED when the
 * run broke off; the files recorded so far stay).
 */
@Table("archive_batches")
public class ImportBatch {

    /** 正在读取 → 读取完成 / 中断. */
    public enum Status {
        RUNNING, DONE, FAILED
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

    void breakOff(Instant at) {
        require("breakOff");
        status = Status.FAILED;
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

    public boolean isFinished() {
        return status != Status.RUNNING;
    }

    /** Progress in percent. */
    public int percent() {
        return isFinished() || files == 0 ? 100 : done() * 100 / files;
    }
}
