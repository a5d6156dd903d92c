package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The lock-out's rules, kept in one UPDATE (ADR 0037): the attempt that reaches the limit locks, attempts while
 * locked are refused unchecked and neither count nor extend the lock, a lock that ran out starts the count afresh,
 * a success gives the place back; per client, the limit holds across accounts until its window has passed.
 */
@OnPostgres
@IntegrationTest(properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
class LoginAttemptsTests {

    @Autowired ApplicationContext context;
    @Autowired LoginAttempts attempts;
    @Autowired IdentitySettings settings;
    @Autowired MutableClock.Control clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void world() {
        if (jdbc.sql("select count(*) from users where username = 'deputy3'").query(Integer.class).single() == 0) {
            TestWorld.create(context);
        }
        jdbc.sql("update users set failed_attempts = 0, locked_until = null").update();
        attempts.forget();
    }

    @Test
    void locksAtTheLimitRefusesWhileLockedAndStartsAfreshAfterwards() {
        int max = settings.maxFailedLogins();
        for (int i = 1; i <= max; i++) {
            LoginAttempts.Admission admission = attempts.admit("deputy3", "10.0.0." + i);
            assertThat(admission.admitted()).isTrue();
            assertThat(admission.count()).isEqualTo(i);
        }
        clock.advance(settings.lockDuration().minusMinutes(1));
        assertThat(attempts.admit("deputy3", "10.0.1.1").admitted()).as("still locked").isFalse();
        assertThat(failedAttempts()).as("not counted while locked").isEqualTo(max);
        clock.advance(Duration.ofMinutes(1));
        LoginAttempts.Admission afterwards = attempts.admit("deputy3", "10.0.1.1");
        assertThat(afterwards.admitted()).as("the lock was not extended").isTrue();
        assertThat(afterwards.count()).as("a fresh count").isEqualTo(1);
    }

    @Test
    void aSuccessGivesThePlaceBack() {
        attempts.admit("deputy3", "10.0.2.1");
        attempts.admit("deputy3", "10.0.2.1");
        attempts.succeeded("deputy3", "10.0.2.1");
        assertThat(failedAttempts()).isZero();
    }

    @Test
    void aClientIsRefusedPastItsLimitUntilItsWindowHasPassed() {
        for (int i = 0; i < settings.maxFailedLoginsPerClient(); i++) {
            assertThat(attempts.admit("nobody" + i, "10.0.3.1").admitted()).isTrue();
        }
        assertThat(attempts.admit("deputy3", "10.0.3.1").admitted()).isFalse();
        assertThat(attempts.admit("deputy3", "10.0.3.2").admitted()).as("another client").isTrue();
        clock.advance(settings.lockDuration().plusSeconds(1));
        assertThat(attempts.admit("deputy2", "10.0.3.1").admitted()).isTrue();
    }

    private int failedAttempts() {
        return jdbc.sql("select failed_attempts from users where username = 'deputy3'").query(Integer.class).single();
    }
}
