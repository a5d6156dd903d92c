package cn.jianyi.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.shared.RuleViolation;

/** The one background-job runner: status, progress, result, failure reasons, owners, the queue and the keep time. */
class BackgroundJobsTests {

    private static final Instant NOW = Instant.parse("2024-06-20T02:00:00Z");
    private static final JobKind KIND = new JobKind("test", "file", "test.busy", "test.unknown");
    private static final JobKind OTHER = new JobKind("other", "file", "other.busy", "other.unknown");

    private final BackgroundJobs jobs = new BackgroundJobs(new JobSettings(Map.of(
            "test", new JobSettings.Kind(1, 1, Duration.ofHours(1)))), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        jobs.destroy();
    }

    /** A job that remembers whether it was discarded. */
    static final class Counted extends BackgroundJob<String> {

        final AtomicInteger discarded = new AtomicInteger();

        Counted(String owner, int total, int phases) {
            super(owner, total, phases);
        }

        @Override
        protected void discard() {
            discarded.incrementAndGet();
        }
    }

    @Test
    @DisplayName("任务完成：状态、进度和结果；只有发起人看得到")
    void aJobRunsToItsResultForItsOwnerOnly() {
        var job = jobs.start(KIND, new Counted("clerk", 3, 1), progress -> {
            progress.advance();
            progress.advance();
            progress.advance();
            return "zip";
        });
        assertThat(job.id()).isNotBlank();
        assertThat(job.kind()).isEqualTo("test");
        assertThat(job.startedAt()).isEqualTo(NOW);
        finished(job);
        assertThat(job.status()).isEqualTo(BackgroundJob.Status.DONE);
        assertThat(job.state()).isEqualTo("DONE");
        assertThat(job.result()).isEqualTo("zip");
        assertThat(job.failure()).isNull();
        assertThat(job.done()).isEqualTo(3);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.finishedAt()).isEqualTo(NOW);

        assertThat(jobs.visibleTo(KIND, job.id(), "clerk", Counted.class)).isSameAs(job);
        assertThat(jobs.of(KIND, "clerk", Counted.class)).containsExactly(job);
        assertThat(jobs.find(KIND, job.id(), "clerk2", Counted.class)).isEmpty();
        assertThat(jobs.find(OTHER, job.id(), "clerk", Counted.class)).as("another kind").isEmpty();
        assertThat(jobs.of(KIND, "clerk2", Counted.class)).isEmpty();
        assertThatThrownBy(() -> jobs.visibleTo(KIND, job.id(), "clerk2", Counted.class))
                .isInstanceOfSatisfying(UnknownJobException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("test.unknown"));
        assertThatThrownBy(() -> jobs.visibleTo(KIND, "no-such-job", "clerk", Counted.class))
                .isInstanceOf(UnknownJobException.class);
    }

    @Test
    @DisplayName("任务失败：工作给出的原因；意外的错误给出一般原因；两者都不会停在进行中")
    void aJobFailsWithItsReason() {
        var refused = finished(jobs.start(KIND, new Counted("clerk", 1, 1), progress -> {
            throw new JobFailed("test.rows", 3);
        }));
        assertThat(refused.status()).isEqualTo(BackgroundJob.Status.FAILED);
        assertThat(refused.failure()).isEqualTo(new JobFailure("test.rows", 3));
        assertThat(refused.result()).isNull();
        assertThat(refused.finishedAt()).isEqualTo(NOW);

        var broken = finished(jobs.start(KIND, new Counted("clerk", 1, 1), progress -> {
            throw new IllegalStateException("font missing");
        }));
        assertThat(broken.status()).isEqualTo(BackgroundJob.Status.FAILED);
        assertThat(broken.failure()).isEqualTo(new JobFailure(JobFailure.UNEXPECTED));
    }

    @Test
    @DisplayName("分阶段的任务：每个阶段占相同的进度，状态显示阶段名")
    void phasesShareTheProgress() throws InterruptedException {
        var inPhase = new CountDownLatch(1);
        var goOn = new CountDownLatch(1);
        var job = jobs.start(KIND, new Counted("clerk", 0, 2), progress -> {
            progress.phase(0, "CHECKING", 4);
            progress.advance();
            progress.advance();
            progress.phase(1, "IMPORTING", 4);
            progress.advance();
            inPhase.countDown();
            goOn.await(10, TimeUnit.SECONDS);
            return "done";
        });
        assertThat(inPhase.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.status()).isEqualTo(BackgroundJob.Status.RUNNING);
        assertThat(job.state()).isEqualTo("IMPORTING");
        assertThat(job.done()).isEqualTo(1);
        assertThat(job.total()).isEqualTo(4);
        assertThat(job.percent()).isEqualTo(62);                 // half for checking, a quarter of the other half
        goOn.countDown();
        assertThat(finished(job).percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("队列已满：在表单字段旁说明繁忙，不保留任务")
    void aFullQueueIsRefusedWithTheKindsBusyMessage() throws InterruptedException {
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = jobs.start(KIND, new Counted("clerk", 1, 1), progress -> {
            running.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "first";
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        var queued = jobs.start(KIND, new Counted("clerk", 1, 1), progress -> "queued");
        assertThat(queued.status()).isEqualTo(BackgroundJob.Status.QUEUED);
        assertThatThrownBy(() -> jobs.start(KIND, new Counted("clerk", 1, 1), progress -> "third"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("file");
                    assertThat(v.reasonKey()).isEqualTo("test.busy");
                });
        assertThat(jobs.of(KIND, "clerk", Counted.class)).hasSize(2);
        release.countDown();
        assertThat(finished(first).result()).isEqualTo("first");
        assertThat(finished(queued).result()).isEqualTo("queued");
    }

    @Test
    @DisplayName("完成后保留设定的时间，然后清除并删除其产物；重置时等待进行中的任务")
    void finishedJobsAreForgottenAfterTheirKeepTime() {
        var job = finished(jobs.start(KIND, new Counted("clerk", 0, 1), progress -> "zip"));
        jobs.sweep(NOW.plus(Duration.ofMinutes(59)));
        assertThat(jobs.find(KIND, job.id(), "clerk", Counted.class)).isPresent();
        assertThat(job.discarded).hasValue(0);
        jobs.sweep(NOW.plus(Duration.ofMinutes(61)));
        assertThat(jobs.find(KIND, job.id(), "clerk", Counted.class)).isEmpty();
        assertThat(job.discarded).hasValue(1);

        var slow = jobs.start(KIND, new Counted("clerk", 0, 1), progress -> {
            Thread.sleep(200);
            return "slow";
        });
        jobs.forget();
        assertThat(slow.isFinished()).as("awaited").isTrue();
        assertThat(slow.discarded).hasValue(1);
        assertThat(jobs.of(KIND, "clerk", Counted.class)).isEmpty();
    }

    private static <J extends BackgroundJob<?>> J finished(J job) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!job.isFinished()) {
            assertThat(System.nanoTime()).as("job finished in time").isLessThan(until);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return job;
    }
}
