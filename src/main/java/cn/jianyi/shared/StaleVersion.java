package cn.jianyi.shared;

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
}
