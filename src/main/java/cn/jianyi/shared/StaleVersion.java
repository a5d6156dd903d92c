package cn.jianyi.shared;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A form was read at one version of a record and submitted after someone else changed it (ADR 0065): the act is
 * refused like a save that met a newer version in the database, so the person sees the latest state and decides
 * again, instead of overwriting a change they never saw.
 */
public final class StaleVersion extends OptimisticLockingFailureException {

    private StaleVersion(String what, Object id, Integer read, Integer current) {
        super(what + " " + id + " was read at version " + read + " and is now at version " + current);
    }

    /**
     * Refuses the act when the version the form was read at ({@code read}; {@code null}: the caller did not read
     * one, e.g. the API or a test that acts directly) is not the record's {@code current} one.
     */
    public static void check(String what, Object id, Integer read, Integer current) {
        if (read != null && !read.equals(current)) {
            throw new StaleVersion(what, id, read, current);
        }
    }

    /**
     * Inserts version {@code next} of a record kept as numbered versions under a unique key (a congress's rule set or
     * assessment scheme: a save adds the next version, none is edited). Another transaction that inserted the same
     * version first (the database makes this one wait for it) has changed the record meanwhile: refused as this
     * exception, like any concurrent change, instead of as a duplicate key.
     */
    public static <T> T insertNext(String what, Object id, int next, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException failure) {
            if (DatabaseFaults.causedBy(failure, DuplicateKeyException.class)) {
                throw new StaleVersion(what, id, next - 1, next);
            }
            throw failure;
        }
    }
}
