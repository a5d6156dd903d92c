package cn.jianyi.shared;

/**
 * An action was attempted from a state that does not allow it (e.g. signing twice, assigning a closed case).
 * Shown to the user as the message {@code error.transition}, with the action and the current state.
 */
public class IllegalTransitionException extends RuntimeException {

    private final Enum<?> currentStatus;
    private final String action;

    public IllegalTransitionException(Enum<?> currentStatus, String action) {
        super("Cannot " + action + " in status " + currentStatus);
        this.currentStatus = currentStatus;
        this.action = action;
    }

    public Enum<?> currentStatus() {
        return currentStatus;
    }

    public String action() {
        return action;
    }
}
