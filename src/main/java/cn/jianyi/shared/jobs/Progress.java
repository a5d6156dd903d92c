package cn.jianyi.shared.jobs;

/** What a job's work reports while it runs; read by the progress page on request threads. */
public interface Progress {

    /** One more step of the current phase done. */
    void advance();

    /**
     * The work enters its phase {@code index} (from 0) of the job's {@link BackgroundJob#phases() phases}, named
     * {@code name} for the status label, with {@code total} steps; the steps done start again from 0.
     */
    void phase(int index, String name, int total);
}
