package cn.jianyi.shared.jobs;

import java.util.Objects;

/**
 * A kind of background job, named as its settings are ({@code jianyi.jobs.<name>}), with what its pages say when the
 * queue is full (beside the form field {@code busyField}) and when a job is not found (after its keep time, after a
 * restart, or someone else's).
 */
public record JobKind(String name, String busyField, String busyKey, String unknownKey) {

    public JobKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(busyField, "busyField");
        Objects.requireNonNull(busyKey, "busyKey");
        Objects.requireNonNull(unknownKey, "unknownKey");
    }
}
