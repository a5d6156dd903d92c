package cn.jianyi.assignment;

/**
 * What a unit may do on its own task of a case now, as the case page's buttons: each flag is true exactly when the
 * command would be accepted today ({@link UnitRequests#actionsFor}).
 *
 * @param acknowledge      签收 ({@link Assignments#acknowledge})
 * @param requestReturn    申请退回 ({@link UnitRequests#requestReturn}): 待签收 or 办理中, inside the return window
 * @param requestExtension 申请延期 ({@link UnitRequests#requestExtension}): a unit answering the deputy, 待签收,
 *                         办理中 or 重新办理, before the deadline, no request of its own waiting
 * @param giveOpinion      the task's part of 协办意见: a co-unit whose task is 待签收 or 办理中 (the handling module
 *                         adds its own conditions on the case)
 * @param startWork        a first act on the case (a contact, a draft, an opinion) is open: the task still runs and
 *                         no return request waits ({@link Assignments#startWork})
 */
public record TaskActions(boolean acknowledge, boolean requestReturn, boolean requestExtension, boolean giveOpinion,
                          boolean startWork) {

    /** No task of the unit on the case, or no unit. */
    public static final TaskActions NONE = new TaskActions(false, false, false, false, false);
}
