package cn.jianyi.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.shared.LogContext;
import cn.jianyi.shared.RuleViolation;

/**
 * Runs work in the background, one Spring {@link ThreadPoolTaskExecutor} per {@link JobKind kind} sized by
 * {@code jianyi.jobs.<kind>.pool-size} and {@code queue}, and keeps each job in this instance's memory for the person
 * who started it until {@code keep-for} after it finished (a sweep every five minutes and on every use). A module
 * gives only its work function: what the work returns is the job's result, a {@link JobFailed} it throws is the
 * job's failure reason, anything else fails the job with {@link JobFailure#UNEXPECTED} and is logged. Jobs do not
 * outlive the instance: after a restart they are unknown, and their pages say so ({@link UnknownJobException}).
 */
@Service
@EnableScheduling           // the sweep, whether or not the notification and reminder schedules are switched on
public class BackgroundJobs implements HeldInMemory, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** A job's work: gets the job's progress to report to, returns the job's result. */
    @FunctionalInterface
    public interface Work<R> {

        R run(Progress progress) throws Exception;
    }

    private final JobSettings settings;
    private final Clock clock;
    private final Map<String, ThreadPoolTaskExecutor> executors = new ConcurrentHashMap<>();
    private final Map<String, BackgroundJob<?>> jobs = new ConcurrentHashMap<>();

    BackgroundJobs(JobSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the job's work on its kind's executor and keeps the job. A full queue refuses it beside the kind's form
     * field with the kind's "busy" message; the job is then not kept.
     *
     * @return the job, queued, with its id
     */
    public <R, J extends BackgroundJob<R>> J start(JobKind kind, J job, Work<R> work) {
        sweep(clock.instant());
        job.queued(UUID.randomUUID().toString(), kind.name(), clock.instant());
        jobs.put(job.id(), job);
        try {
            executorOf(kind.name()).execute(() -> LogContext.inJob(job.id(), () -> run(job, work)));
        } catch (TaskRejectedException e) {
            jobs.remove(job.id());
            throw RuleViolation.onField(kind.busyField(), kind.busyKey());
        }
        return job;
    }

    private <R> void run(BackgroundJob<R> job, Work<R> work) {
        job.running();
        try {
            job.completed(work.run(job.progress()), clock.instant());
        } catch (JobFailed e) {
            job.failed(e.failure(), clock.instant());
        } catch (Exception e) {
            log.error("Job {} ({}) failed", job.id(), job.kind(), e);
        } finally {
            if (!job.isFinished()) {            // whatever stopped it, its page must not wait for ever
                job.failed(new JobFailure(JobFailure.UNEXPECTED), clock.instant());
            }
        }
    }

    /** The job if it is of this kind and the person started it (and it is still kept). */
    public <J extends BackgroundJob<?>> Optional<J> find(JobKind kind, String id, String owner, Class<J> type) {
        sweep(clock.instant());
        return Optional.ofNullable(id == null ? null : jobs.get(id))
                .filter(job -> job.kind().equals(kind.name()) && job.owner().equals(owner))
                .filter(type::isInstance).map(type::cast);
    }

    /**
     * The job as {@link #find} has it, or {@link UnknownJobException} with the kind's explanation (404, the same for
     * someone else's job, one forgotten and one lost in a restart).
     */
    public <J extends BackgroundJob<?>> J visibleTo(JobKind kind, String id, String owner, Class<J> type) {
        return find(kind, id, owner, type).orElseThrow(() -> new UnknownJobException(kind.unknownKey(), id));
    }

    /** The person's jobs of this kind still kept, newest first. */
    public <J extends BackgroundJob<?>> List<J> of(JobKind kind, String owner, Class<J> type) {
        sweep(clock.instant());
        return jobs.values().stream().filter(job -> job.kind().equals(kind.name()) && job.owner().equals(owner))
                .filter(type::isInstance).map(type::cast)
                .sorted(Comparator.comparing(BackgroundJob<?>::startedAt).reversed()).toList();
    }

    /** Every job of this kind not finished yet, whoever started it. */
    public <J extends BackgroundJob<?>> List<J> unfinished(JobKind kind, Class<J> type) {
        return jobs.values().stream().filter(job -> job.kind().equals(kind.name()) && !job.isFinished())
                .filter(type::isInstance).map(type::cast).toList();
    }

    @Scheduled(initialDelay = 5, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        sweep(clock.instant());
    }

    /** Forgets the jobs that finished more than their kind's {@code keep-for} before {@code now}. */
    public void sweep(Instant now) {
        for (BackgroundJob<?> job : List.copyOf(jobs.values())) {
            if (job.isFinished() && job.finishedAt().plus(settings.of(job.kind()).keepFor()).isBefore(now)
                    && jobs.remove(job.id(), job)) {
                job.discard();
            }
        }
    }

    /** Lets running and queued jobs finish (a minute at most), then forgets every job. */
    @Override
    public void forget() {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (ThreadPoolTaskExecutor executor : executors.values()) {
            HeldInMemory.awaitIdle(executor.getThreadPoolExecutor(),
                    Duration.ofNanos(Math.max(0, until - System.nanoTime())));
        }
        // and each job itself: a task handed to a worker thread that has not started yet is neither queued nor
        // active, so the executor can look idle the moment after a start
        HeldInMemory.awaitUntil(() -> jobs.values().stream().allMatch(BackgroundJob::isFinished),
                Duration.ofNanos(Math.max(0, until - System.nanoTime())));
        for (BackgroundJob<?> job : List.copyOf(jobs.values())) {
            if (jobs.remove(job.id(), job)) {
                job.discard();
            }
        }
    }

    @Override
    public void destroy() {
        executors.values().forEach(ThreadPoolTaskExecutor::shutdown);
        jobs.values().forEach(BackgroundJob::discard);
        jobs.clear();
    }

    private ThreadPoolTaskExecutor executorOf(String kind) {
        return executors.computeIfAbsent(kind, name -> {
            JobSettings.Kind config = settings.of(name);
            var executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(config.poolSize());
            executor.setMaxPoolSize(config.poolSize());
            executor.setQueueCapacity(config.queue());
            executor.setThreadNamePrefix(name + "-");
            executor.setDaemon(true);
            executor.setBeanName("jobs-" + name);
            executor.initialize();
            return executor;
        });
    }
}
