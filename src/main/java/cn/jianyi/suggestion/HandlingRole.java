package cn.jianyi.suggestion;

/** A unit's role on a case: 主办 (lead), 协办 (co-handling), or 分办 (answers its own part). */
public enum HandlingRole {
    LEAD, CO, SEPARATE;

    /** Whether a unit in this role answers the deputy itself (主办, 分办). */
    public boolean answersDeputy() {
        return this == LEAD || this == SEPARATE;
    }
}
