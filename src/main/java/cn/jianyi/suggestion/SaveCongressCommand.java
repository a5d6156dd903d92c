package cn.jianyi.suggestion;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;
import cn.jianyi.shared.RuleViolation;

/**
 * 新增或修改人大: a congress with its level, full name (南昌市新建区人民代表大会), short name (区人大), default copy
 * list of replies and the congress above it. Refuses a missing or too long field beside that field.
 *
 * @param id          the congress to change, or {@code null} for a new one
 * @param parentId    the congress above it, or {@code null}
 * @param readVersion the congress's version when its form was read: a change made since refuses the save
 *                    ({@code StaleVersion}); {@code null}, not checked
 */
public record SaveCongressCommand(Long id, String name, String shortName, CongressLevel level, String replyCopyTo,
                                  Long parentId, Actor actor, Integer readVersion) {

    /** Without a version read: a new congress, or a change that reads and saves at once. */
    public SaveCongressCommand(Long id, String name, String shortName, CongressLevel level, String replyCopyTo,
                               Long parentId, Actor actor) {
        this(id, name, shortName, level, replyCopyTo, parentId, actor, null);
    }

    public SaveCongressCommand {
        name = FieldChecks.required("name", name, 60);
        shortName = FieldChecks.required("shortName", shortName, 20);
        replyCopyTo = FieldChecks.required("replyCopyTo", replyCopyTo, 300);
        if (level == null) {
            throw RuleViolation.onField("level", "field.select");
        }
        if (actor == null) {
            throw new IllegalArgumentException("A congress is saved by someone");
        }
    }
}
