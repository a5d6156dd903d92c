package cn.jianyi.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import cn.jianyi.shared.jobs.BackgroundJob;

/**
 * One accounts roster import (账号名录导入, a {@link BackgroundJob} of kind {@code account-roster} in two phases:
 * CHECKING every row, then IMPORTING them all in one transaction): from which file, and its outcome — how many
 * accounts were created with their temporary passwords, or the row-by-row errors (then nothing was imported). The
 * temporary passwords are kept in this instance's memory only, shown once on the job's page and handed out once as a
 * workbook; after that, or when the job is forgotten, they are gone.
 */
public final class AccountRosterJob extends BackgroundJob<AccountRosterJob.Imported> {

    static final String CHECKING = "CHECKING";
    static final String IMPORTING = "IMPORTING";

    /** What a finished import did. */
    public record Imported(int created) {
    }

    /** One refused row: its line in the sheet (0: the file as a whole), the column and why. */
    public record RowError(int line, String column, String message) {
    }

    private final String fileName;
    private volatile List<RowError> errors = List.of();
    private final AtomicReference<List<AccountAdministration.TemporaryPassword>> passwords =
            new AtomicReference<>(List.of());
    private final AtomicBoolean shown = new AtomicBoolean();

    AccountRosterJob(String owner, String fileName) {
        super(owner, 0, 2);
        this.fileName = fileName;
    }

    void found(List<RowError> errors) {
        this.errors = List.copyOf(errors);
    }

    void created(List<AccountAdministration.TemporaryPassword> temporary) {
        passwords.set(List.copyOf(temporary));
    }

    public String fileName() {
        return fileName;
    }

    public List<RowError> errors() {
        return errors;
    }

    public int created() {
        Imported imported = result();
        return imported == null ? 0 : imported.created();
    }

    /**
     * The temporary passwords the first time a finished import is shown, empty every time after (and before it is
     * done): they are shown once.
     */
    public List<AccountAdministration.TemporaryPassword> passwordsToShow() {
        return status() == Status.DONE && !shown.getAndSet(true) ? passwords.get() : List.of();
    }

    /** Whether the temporary passwords can still be downloaded (once). */
    public boolean passwordsKept() {
        return !passwords.get().isEmpty();
    }

    /** The temporary passwords, handed out once: empty after the first call. */
    List<AccountAdministration.TemporaryPassword> takePasswords() {
        return passwords.getAndSet(List.of());
    }

    @Override
    protected void discard() {
        passwords.set(List.of());
    }
}
