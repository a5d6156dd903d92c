package cn.jianyi.assignment;

/**
 * What can be done to a unit's task. Each action is allowed from the statuses {@link Assignment}'s guard table lists
 * for it; the transitions check that table, and {@link Assignment.Status#allows(TaskAction)} reads the same one for
 * the buttons. {@link #verb()} is the name the refusal ({@code IllegalTransitionException}) and the transition table
 * ({@code task-transitions.csv}) use.
 */
public enum TaskAction {
    ACKNOWLEDGE("acknowledge"),
    REQUEST_RETURN("requestReturn"),
    APPROVE_RETURN("approveReturn"),
    REJECT_RETURN("rejectReturn"),
    GIVE_OPINION("giveOpinion"),
    MARK_REPLIED("markReplied"),
    REOPEN_FOR_REHANDLING("reopenForRehandling"),
    /** 重新办理 with the co-unit: its opinion is asked for again (a given one reopens the task). */
    RECALL_FOR_OPINION("recallForOpinion"),
    COMPLETE("complete"),
    /** 申请延期: the state does not move; only a task still owing its reply to the deputy may ask. */
    REQUEST_EXTENSION("requestExtension");

    private final String verb;

    TaskAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
