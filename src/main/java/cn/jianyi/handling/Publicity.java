package cn.jianyi.handling;

/** 公开属性 of a reply. */
public enum Publicity {
    /** 主动公开. */
    PROACTIVE,
    /** 依申请公开. */
    ON_REQUEST,
    /** 不予公开. */
    NOT_PUBLIC
}
