package cn.jianyi.casesearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The follower's position in the change log when ids commit out of order (ADR 0061). */
class ChangeLogPositionTests {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void contiguousRowsMoveThePositionToTheLast() {
        var position = new ChangeLogPosition(Duration.ofSeconds(30));
        assertThat(position.advance(0, List.of(1L, 2L, 3L), T0)).isEqualTo(3);
        assertThat(position.advance(3, List.of(4L), T0)).isEqualTo(4);
    }

    @Test
    void aHoleHoldsThePositionWhileRowsBeyondItAreAppliedOnce() {
        var position = new ChangeLogPosition(Duration.ofSeconds(30));
        // 41 was taken first but commits after 42 and 43
        assertThat(position.advance(40, List.of(42L, 43L), T0)).isEqualTo(40);
        assertThat(position.applied(42)).isTrue();
        assertThat(position.applied(43)).isTrue();
        assertThat(position.advance(40, List.of(42L, 43L), T0.plusSeconds(3))).as("still open").isEqualTo(40);
        // 41 commits: the position passes all three, nothing beyond is remembered any more
        assertThat(position.advance(40, List.of(41L, 42L, 43L), T0.plusSeconds(5))).isEqualTo(43);
        assertThat(position.applied(42)).isFalse();
    }

    @Test
    void aHoleOlderThanTheWaitWasARolledBackActAndIsPassed() {
        var position = new ChangeLogPosition(Duration.ofSeconds(30));
        assertThat(position.advance(10, List.of(12L, 15L), T0)).isEqualTo(10);
        assertThat(position.advance(10, List.of(12L, 15L), T0.plusSeconds(29))).isEqualTo(10);
        // 11, 13 and 14 never came: all three missing since T0, all passed together
        assertThat(position.advance(10, List.of(12L, 15L), T0.plusSeconds(31))).isEqualTo(15);
        assertThat(position.advance(15, List.of(17L), T0.plusSeconds(40))).as("16 is young").isEqualTo(15);
        assertThat(position.advance(15, List.of(17L), T0.plusSeconds(71))).isEqualTo(17);
    }

    @Test
    void clearingForgetsHolesAndAppliedRows() {
        var position = new ChangeLogPosition(Duration.ofSeconds(30));
        position.advance(0, List.of(2L), T0);
        position.clear();
        assertThat(position.applied(2)).isFalse();
        assertThat(position.advance(0, List.of(2L), T0.plusSeconds(31))).as("the hole's clock restarted").isZero();
    }
}
