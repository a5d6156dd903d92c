package cn.jianyi.identity;

import java.util.LinkedHashSet;
import java.util.List;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;
import cn.jianyi.shared.RuleViolation;

/**
 * 新增或修改代表: name, 代表团, the terms (届) the deputy sits in (at least one), mobile, address and postcode (they
 * fill the 征询意见表), and the congress. Refuses a missing or malformed field, or a deputy without a term, beside it.
 *
 * @param id          the deputy to change, or {@code null} for a new one
 * @param termIds     terms of {@code congressId}; the caller checks they are
 * @param readVersion the deputy's version when its form was read: a change made since refuses the save
 *                    ({@code StaleVersion}); {@code null}, not checked (an import that reads and saves at once)
 */
public record SaveDeputyCommand(Long id, Long congressId, String name, String delegation, List<Long> termIds,
                                String mobile, String address, String postcode, Actor actor, Integer readVersion) {

    /** Without a version read: a new deputy, or a change that reads and saves at once. */
    public SaveDeputyCommand(Long id, Long congressId, String name, String delegation, List<Long> termIds,
                             String mobile, String address, String postcode, Actor actor) {
        this(id, congressId, name, delegation, termIds, mobile, address, postcode, actor, null);
    }

    public SaveDeputyCommand {
        FieldChecks.chosen("congressId", congressId);
        name = FieldChecks.required("name", name, 40);
        delegation = FieldChecks.required("delegation", delegation, 60);
        termIds = termIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(termIds.stream().filter(java.util.Objects::nonNull).toList()));
        if (termIds.isEmpty()) {
            throw RuleViolation.onField("termIds", "directory.deputy.termRequired");
        }
        mobile = FieldChecks.phone("mobile", mobile, false);
        address = FieldChecks.optional("address", address, 200);
        postcode = FieldChecks.postcode("postcode", postcode, false);
        if (actor == null) {
            throw new IllegalArgumentException("A deputy is saved by someone");
        }
    }
}
