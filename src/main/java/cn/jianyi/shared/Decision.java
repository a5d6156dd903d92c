package cn.jianyi.shared;

/** The outcome of a named policy: allowed, or rejected with a message key users see. */
public sealed interface Decision {

    record Allowed() implements Decision {
    }

    record Rejected(String reasonKey, Object... args) implements Decision {
    }

    static Decision allowed() {
        return new Allowed();
    }

    static Decision rejected(String reasonKey, Object... args) {
        return new Rejected(reasonKey, args);
    }

    /** Throws the rejection as a violation shown beside a form field. */
    default void orThrowOn(String field) {
        if (this instanceof Rejected rejected) {
            throw RuleViolation.onField(field, rejected.reasonKey(), rejected.args());
        }
    }

    default void orThrow() {
        if (this instanceof Rejected rejected) {
            throw new RuleViolation(rejected.reasonKey(), rejected.args());
        }
    }
}
