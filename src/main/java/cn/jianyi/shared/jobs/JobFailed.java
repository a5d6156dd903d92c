package cn.jianyi.shared.jobs;

/**
 * Thrown by a job's work to end it as {@link BackgroundJob.Status#FAILED} with a reason the person is shown: a message
 * key of {@code messages.properties} and its arguments. Anything else the work throws fails the job with the kind's
 * general reason ({@code jobs.failed}), and is logged.
 */
public class JobFailed extends RuntimeException {

    private final transient JobFailure failure;

    public JobFailed(String reasonKey, Object... args) {
        super(reasonKey);
        this.failure = new JobFailure(reasonKey, args);
    }

    public JobFailure failure() {
        return failure;
    }
}
