package cn.jianyi.shared.jobs;

import java.util.Objects;

/**
 * Why a job failed, as a message key of {@code messages.properties} with its arguments; templates show it with
 * {@code #{${job.failure().key()}(${job.failure().args()})}}.
 */
public record JobFailure(String key, Object... args) {

    /** A job whose work threw something it did not expect. */
    public static final String UNEXPECTED = "jobs.failed";

    public JobFailure {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobFailure that && key.equals(that.key) && java.util.Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + java.util.Arrays.toString(args);
    }
}
