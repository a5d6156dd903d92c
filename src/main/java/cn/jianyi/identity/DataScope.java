package cn.jianyi.identity;

/**
 * Which cases a person may see, applied inside every query (RuoYi's 数据权限, as a typed criterion with bound
 * parameters, never SQL text).
 */
public sealed interface DataScope {

    /** 全部: the congress office and the supervision office. */
    record All() implements DataScope {
    }

    /** 本单位: cases assigned to the unit (lead or co-unit). */
    record OfUnit(long unitId) implements DataScope {
    }

    /** 本人: suggestions the deputy leads or co-signed. */
    record OfDeputy(long deputyId) implements DataScope {
    }

    /** 没有: sees no case (the security and audit administrators). */
    record None() implements DataScope {
    }

    static DataScope all() {
        return new All();
    }
}
