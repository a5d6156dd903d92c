package cn.jianyi.suggestion;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;
import cn.jianyi.shared.RuleViolation;

/**
 * 新增或修改届次: the term's number within its congress and its first and last year (二届, 2021—2026).
 *
 * @param id          the term to change, or {@code null} for a new term of {@code congressId}
 * @param congressId  the congress of a new term (ignored when changing one: a term stays with its congress)
 * @param readVersion the term's version when its form was read: a change made since refuses the save
 *                    ({@code StaleVersion}); {@code null}, not checked
 */
public record SaveTermCommand(Long id, long congressId, Integer number, Integer firstYear, Integer lastYear,
                              Actor actor, Integer readVersion) {

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2200;

    public SaveTermCommand {
        FieldChecks.number("number", number, 1, 99);
        FieldChecks.number("firstYear", firstYear, FIRST_YEAR, LAST_YEAR);
        FieldChecks.number("lastYear", lastYear, FIRST_YEAR, LAST_YEAR);
        if (lastYear < firstYear) {
            throw RuleViolation.onField("lastYear", "directory.term.yearsReversed");
        }
        if (actor == null) {
            throw new IllegalArgumentException("A term is saved by someone");
        }
    }

    /** Without a version read: a new term, or a change that reads and saves at once. */
    public SaveTermCommand(Long id, long congressId, Integer number, Integer firstYear, Integer lastYear,
                           Actor actor) {
        this(id, congressId, number, firstYear, lastYear, actor, null);
    }
}
