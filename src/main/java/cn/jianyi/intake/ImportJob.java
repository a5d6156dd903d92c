package cn.jianyi.intake;

import java.util.List;

import cn.jianyi.shared.jobs.BackgroundJob;
import cn.jianyi.suggestion.MeetingView;

/**
 * One import of a 交办清单 (a {@link BackgroundJob} of kind {@code intake}, in two phases: CHECKING every row, then
 * IMPORTING them all in one transaction): for which meeting, from which file, and its outcome — the numbers imported,
 * or the row-by-row errors (then nothing was imported).
 */
public final class ImportJob extends BackgroundJob<ImportJob.Imported> {

    /** The phases, named for the status label ({@code ImportJob.Status.CHECKING}). */
    static final String CHECKING = "CHECKING";
    static final String IMPORTING = "IMPORTING";

    /** What a finished import registered, and how many of those it assigned. */
    record Imported(int registered, int assigned) {
    }

    private final String fileName;
    private final MeetingView meeting;
    private volatile List<RowError> errors = List.of();

    ImportJob(String owner, String fileName, MeetingView meeting) {
        super(owner, 0, 2);
        this.fileName = fileName;
        this.meeting = meeting;
    }

    /** The errors found; set once, before the job fails with them. */
    void found(List<RowError> errors) {
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public MeetingView meeting() {
        return meeting;
    }

    public List<RowError> errors() {
        return errors;
    }

    public int registered() {
        Imported imported = result();
        return imported == null ? 0 : imported.registered();
    }

    public int assigned() {
        Imported imported = result();
        return imported == null ? 0 : imported.assigned();
    }
}
