package cn.jianyi.casesearch;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jianyi.identity.DataScope;

/**
 * The reader's data scope as the index's scope clause (ADR 0061), the same rule as {@code SuggestionQueries}' SQL: the
 * office its congresses (every case with {@link DataScope.All}), a unit the cases it leads or co-handles, a deputy
 * those they lead or co-signed (and the cases those were merged into), the security and audit administrators nothing.
 * Co-unit opinions are not shown to deputies; archived letters only to readers of the archive (the office roles).
 */
record SearchScope(DataScope scope, boolean readsArchive) {

    List<Map<String, Set<String>>> clauses() {
        var caseDocs = Set.of(CaseDocuments.CASE, CaseDocuments.OPINION);
        var letters = Map.of("doc", Set.of(CaseDocuments.LETTER));
        if (scope instanceof DataScope.All) {
            return readsArchive ? List.of(Map.of("doc", caseDocs), letters) : List.of(Map.of("doc", caseDocs));
        }
        if (scope instanceof DataScope.OfCongresses of) {
            var congresses = of.congressIds().stream().map(String::valueOf).collect(Collectors.toSet());
            var cases = Map.of("doc", caseDocs, "congress", congresses);
            return readsArchive ? List.of(cases, letters) : List.of(cases);
        }
        if (scope instanceof DataScope.OfUnit unit) {
            return List.of(Map.of("doc", caseDocs, "unit", Set.of(Long.toString(unit.unitId()))));
        }
        if (scope instanceof DataScope.OfDeputy deputy) {
            return List.of(Map.of("doc", Set.of(CaseDocuments.CASE), "deputy", Set.of(Long.toString(deputy.deputyId()))));
        }
        return List.of();       // DataScope.None: the security and audit administrators see no case
    }
}
