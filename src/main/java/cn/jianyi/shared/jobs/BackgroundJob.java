package cn.jianyi.shared.jobs;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of work in the background: who started it, its status, how many of its steps are done, and its outcome, a
 * result or the reason it failed. Only {@link BackgroundJobs} moves it (QUEUED → RUNNING → DONE or FAILED); request
 * threads read it while the job's thread advances it. A module that shows more about its jobs (the meeting of an
 * export, the row errors of an import) extends it with what only it knows.
 *
 * @param <R> the work's result
 */
public class BackgroundJob<R> {

    /** QUEUED → RUNNING → DONE, or FAILED with a {@link JobFailure}. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    private final String owner;
    private final int phases;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String id;
    private volatile String kind;
    private volatile Instant startedAt;
    private volatile int total;
    private volatile int phase;
    private volatile String phaseName;
    private volatile Status status = Status.QUEUED;
    private volatile R result;
    private volatile JobFailure failure;
    private volatile Instant finishedAt;

    /**
     * @param owner  the login name of the person who starts it; only they see it
     * @param total  the steps of its work, if known before it runs (0 otherwise: the work tells them as a phase)
     * @param phases how many phases the work goes through, each counting for an equal part of the progress
     */
    protected BackgroundJob(String owner, int total, int phases) {
        if (owner == null || total < 0 || phases < 1) {
            throw new IllegalArgumentException("a job needs its owner, total ≥ 0 and at least one phase");
        }
        this.owner = owner;
        this.total = total;
        this.phases = phases;
    }

    /** A job of one phase with {@code total} steps. */
    public BackgroundJob(String owner, int total) {
        this(owner, total, 1);
    }

    void queued(String id, String kind, Instant at) {
        require(Status.QUEUED, "queue");
        this.id = id;
        this.kind = kind;
        this.startedAt = at;
    }

    void running() {
        require(Status.QUEUED, "run");
        status = Status.RUNNING;
    }

    void completed(R result, Instant at) {
        require(Status.RUNNING, "complete");
        this.result = result;
        this.finishedAt = at;
        this.status = Status.DONE;
    }

    void failed(JobFailure failure, Instant at) {
        if (isFinished()) {
            throw new IllegalStateException("job " + id + " already " + status);
        }
        this.failure = failure;
        this.finishedAt = at;
        this.status = Status.FAILED;
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("job " + id + " cannot " + action + " when " + status);
        }
    }

    /** The progress the job's work reports through. */
    Progress progress() {
        return new Progress() {
            @Override
            public void advance() {
                done.incrementAndGet();
            }

            @Override
            public void phase(int index, String name, int steps) {
                if (index < 0 || index >= phases || steps < 0) {
                    throw new IllegalArgumentException("phase " + index + " of " + phases + ", " + steps + " steps");
                }
                phase = index;
                phaseName = name;
                done.set(0);
                total = steps;
            }
        };
    }

    public String id() {
        return id;
    }

    /** The kind of work, as configured under {@code jianyi.jobs.<kind>}. */
    public String kind() {
        return kind;
    }

    public String owner() {
        return owner;
    }

    public Status status() {
        return status;
    }

    /**
     * The status to show: the name of the current phase while the job runs in a named one (CHECKING, IMPORTING),
     * otherwise the status's name. A page looks it up under its own prefix ({@code ImportJob.Status.CHECKING}).
     */
    public String state() {
        String name = phaseName;
        return status == Status.RUNNING && name != null ? name : status.name();
    }

    /** The steps of the current phase. */
    public int total() {
        return total;
    }

    /** The steps of the current phase done so far. */
    public int done() {
        return done.get();
    }

    public int phases() {
        return phases;
    }

    /** Progress in percent over all phases; 100 once done. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        int steps = total;
        int within = steps == 0 ? 0 : Math.min(done.get(), steps) * 100 / steps;
        return (phase * 100 + within) / phases;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** The work's result once {@link Status#DONE}, {@code null} before and after a failure. */
    public R result() {
        return result;
    }

    /** Why the job failed, once {@link Status#FAILED}; {@code null} otherwise. */
    public JobFailure failure() {
        return failure;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Called once when the job is forgotten: a module deletes what the job left behind (a ZIP file). */
    protected void discard() {
    }
}
