package cn.jianyi.suggestion;

/** A unit's role on a case: 主办 (lead) or 协办 (co-handling). */
public enum HandlingRole {
    LEAD, CO
}
