package cn.jianyi.suggestion;

import java.time.LocalDate;

/**
 * One deadline a case list shows its reader, named for what it is (答复期限 or 协办意见期限), with its warning mark
 * when it asks for attention ("协办意见超期3个工作日", never a bare "已超期"). Computed downstream (the deadline monitor)
 * and shown by the lists here through {@link CaseDeadlines}.
 */
public interface CaseDeadline {

    /** The message key naming the deadline: {@code TaskDeadline.Kind.REPLY} (答复期限) or {@code …OPINION}. */
    String kindKey();

    LocalDate dueOn();

    /** Whether a warning mark is shown (due soon or overdue). */
    boolean isWarning();

    /** The message key of the warning mark, which names the deadline. */
    String markKey();

    /** The arguments of the warning mark (the working days left or past). */
    Object[] markArgs();

    /** The CSS class of the warning mark ({@code deadline-OVERDUE} …). */
    String markClass();
}
