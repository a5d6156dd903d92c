package cn.jianyi.identity;

import cn.jianyi.shared.Actor;

/**
 * A unit or deputy of the directory was added, changed, deactivated, activated again or deleted by the
 * administrator. Published in the use case's transaction (the audit log records it).
 *
 * @param name the unit's full name or the deputy's name after the change
 */
public record DirectoryChanged(Subject subject, long id, String name, Change change, Actor actor) {

    public enum Subject {
        UNIT, DEPUTY
    }

    public enum Change {
        ADDED, CHANGED, DEACTIVATED, ACTIVATED, DELETED
    }
}
