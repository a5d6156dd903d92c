package cn.jianyi.directory;

import java.util.List;

import cn.jianyi.shared.jobs.BackgroundJob;

/**
 * One roster import of units or deputies (a {@link BackgroundJob} of kind {@code roster}, in two phases: CHECKING every row, then
 * IMPORTING them all in one transaction): from which file, and its outcome — how many units were added and changed,
 * or the row-by-row errors (then nothing was imported).
 */
public final class RosterJob extends BackgroundJob<RosterJob.Imported> {

    static final String CHECKING = "CHECKING";
    static final String IMPORTING = "IMPORTING";

    /** What a finished import did. */
    public record Imported(int added, int changed) {
    }

    /** One refused row: its line in the sheet (0: the file as a whole), the column and why. */
    public record RowError(int line, String column, String message) {
    }

    /** What the list holds. */
    public enum Subject {
        UNITS, DEPUTIES
    }

    private final Subject subject;
    private final String fileName;
    private volatile List<RowError> errors = List.of();

    RosterJob(String owner, Subject subject, String fileName) {
        super(owner, 0, 2);
        this.subject = subject;
        this.fileName = fileName;
    }

    public Subject subject() {
        return subject;
    }

    void found(List<RowError> errors) {
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public List<RowError> errors() {
        return errors;
    }

    public int added() {
        Imported imported = result();
        return imported == null ? 0 : imported.added();
    }

    public int changed() {
        Imported imported = result();
        return imported == null ? 0 : imported.changed();
    }
}
