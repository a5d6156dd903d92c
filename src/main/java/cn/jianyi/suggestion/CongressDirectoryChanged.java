package cn.jianyi.suggestion;

import cn.jianyi.shared.Actor;

/**
 * The congress directory changed: a congress, one of its terms or one of their meetings was added or changed by the
 * administrator. Published in the use case's transaction (the audit log records it).
 *
 * @param subject    what was changed
 * @param subjectId  the id of the congress, term or meeting
 * @param congressId the congress it belongs to
 * @param name       what the record is called after the change (南昌市新建区人民代表大会, 二届, 二届四次会议)
 * @param created    added rather than changed
 */
public record CongressDirectoryChanged(Subject subject, long subjectId, long congressId, String name, boolean created,
                                       Actor actor) {

    public enum Subject {
        CONGRESS, TERM, MEETING
    }
}
