package cn.jianyi.identity;

import java.util.Set;

/**
 * Which cases a person may see, applied inside every query (RuoYi's 数据权限, as a typed criterion with bound
 * parameters, never SQL text). The office's scope is the congresses the account works in (ADR 0042).
 */
public sealed interface DataScope extends java.io.Serializable {

    /**
     * 全部: every congress of the installation. System work (notices, recomputing deadlines), and an office account
     * placed in no congress: the first administrator before the first congress exists (ADR 0042).
     */
    record All() implements DataScope {
    }

    /**
     * 本人大: the cases, units, deputies and meetings of these congresses (the account's congress, with those below it
     * when the account covers them), resolved once per login and request from {@code congresses.parent_id}.
     */
    record OfCongresses(Set<Long> congressIds) implements DataScope {

        public OfCongresses {
            congressIds = Set.copyOf(congressIds);
        }
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

    /**
     * Whether a record of the congress lies inside this scope's congresses: every one for {@link All}, the listed
     * ones for {@link OfCongresses}, none for the others (a unit's or deputy's scope is not one of congresses). A
     * record without a congress (set up before the directory in an installation with several) is only in {@link All}.
     */
    default boolean coversCongress(Long congressId) {
        if (this instanceof All) {
            return true;
        }
        return this instanceof OfCongresses of && congressId != null && of.congressIds().contains(congressId);
    }
}
