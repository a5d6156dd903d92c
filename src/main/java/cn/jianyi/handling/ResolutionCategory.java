package cn.jianyi.handling;

/**
 * 答复分类 in the NPC four-class scheme: A 所提问题已经解决或者基本解决; B 正在解决或者列入规划逐步解决; C 因目前条件限制或者其他原因需待以后解决;
 * D 留作参考. Labels and definitions come from the message bundle.
 */
public enum ResolutionCategory {
    A, B, C, D
}
