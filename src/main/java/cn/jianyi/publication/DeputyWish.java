package cn.jianyi.publication;

/** What the deputy said about publishing her suggestion and its reply: one input of the clerk's decision. */
public enum DeputyWish {
    /** 同意公开. */
    AGREES,
    /** 同意部分公开. */
    AGREES_IN_PART,
    /** 不同意公开. */
    OBJECTS
}
