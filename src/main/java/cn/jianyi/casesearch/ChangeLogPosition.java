package cn.jianyi.casesearch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a follower stands in the change log (ADR 0061): the position is the highest id up to which every id was
 * applied. Ids are taken when a row is inserted and become visible when its transaction commits, so a later id may be
 * read before an earlier one: a missing id (a hole) holds the position until it appears, or until it has been missing
 * longer than {@code wait} (then it was a rolled-back act, or a sequence value skipped after a crash, and is passed).
 * Rows read beyond a hole are applied at once and remembered, so that they are not applied again. Not thread-safe:
 * the follower's thread only.
 */
final class ChangeLogPosition {

    /** The most holes timed between two rows at once (a sequence that jumped far is timed as it is walked). */
    private static final int MAX_HOLES = 1000;

    private final Duration wait;
    private final Map<Long, Instant> holes = new HashMap<>();
    private final Set<Long> appliedAbove = new HashSet<>();

    ChangeLogPosition(Duration wait) {
        this.wait = wait;
    }

    /** Whether this row, beyond the position, was applied already. */
    boolean applied(long id) {
        return appliedAbove.contains(id);
    }

    /**
     * The position after the rows read from {@code position} on (ids ascending, each above {@code position}), all of
     * which are being applied now; the rows beyond the new position are remembered as applied.
     */
    long advance(long position, List<Long> ids, Instant now) {
        long expected = position + 1;
        for (long id : ids) {       // every hole between the rows is timed from when it was first seen
            for (long hole = expected; hole < id && hole < expected + MAX_HOLES; hole++) {
                holes.putIfAbsent(hole, now);
            }
            expected = id + 1;
        }
        long reached = position;
        boolean blocked = false;
        for (long id : ids) {
            while (!blocked && reached + 1 < id) {
                Instant seen = holes.computeIfAbsent(reached + 1, hole -> now);
                if (seen.plus(wait).isAfter(now)) {
                    blocked = true;
                } else {
                    reached++;
                }
            }
            if (!blocked) {
                reached = id;
            } else {
                appliedAbove.add(id);
            }
        }
        long settled = reached;
        appliedAbove.removeIf(id -> id <= settled);
        holes.keySet().removeIf(id -> id <= settled);
        return reached;
    }

    /** After a rebuild or a replaced database: nothing remembered. */
    void clear() {
        holes.clear();
        appliedAbove.clear();
    }
}
