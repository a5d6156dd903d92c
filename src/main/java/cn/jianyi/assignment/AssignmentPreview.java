package cn.jianyi.assignment;

import cn.jianyi.calendar.Deadline;

/**
 * What a 交办 on a date would set, shown while the clerk picks the date: the reply deadline with its explanation
 * (the same as the case page's 期限说明) and the date a co-unit's opinion would be due.
 */
public record AssignmentPreview(Deadline reply, Deadline coUnitOpinion) {
}
