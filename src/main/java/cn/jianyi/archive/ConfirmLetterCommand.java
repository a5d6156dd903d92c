package cn.jianyi.archive;

import java.util.List;

import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.Actor;

/**
 * 确认入库: the letter's values as the clerk reviewed them (already checked by the form) and the names to link:
 * the issuing unit, the deputies addressed (人大 letters) and, for a meeting, the congress by name with its level,
 * term and meeting numbers. The congress is looked for among those of the importer's {@code scope}; one not there is
 * added below the importer's own congress ({@code homeCongressId}) when the importer also keeps the congresses below
 * it ({@code keepsLower}), at the top for an importer working across the installation, and refused otherwise
 * (ADR 0042).
 */
public record ConfirmLetterCommand(long letterId, LetterFields fields, List<String> addressees, Actor actor,
                                   DataScope scope, Long homeCongressId, boolean keepsLower) {

    public ConfirmLetterCommand {
        addressees = List.copyOf(addressees);
        scope = scope == null ? DataScope.all() : scope;
    }

    /** By an importer working across the installation (the demo data). */
    public ConfirmLetterCommand(long letterId, LetterFields fields, List<String> addressees, Actor actor) {
        this(letterId, fields, addressees, actor, DataScope.all(), null, false);
    }
}
