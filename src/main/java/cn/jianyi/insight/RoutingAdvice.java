package cn.jianyi.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.UnitProposals;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/**
 * 智能分办 against the database (ADR 0063): the active units of one congress with their duties and the cases each
 * was given before (lead or co-unit, not returned; by title), ranked by {@link UnitRouter}. Only that congress's units
 * and cases are read. A proposal: nothing is assigned here.
 */
@Service
public class RoutingAdvice implements UnitProposals {

    /** A co-unit is proposed when its score is at least this share of the lead's and something speaks for it. */
    static final double CO_UNIT_SHARE = 0.4;
    static final int MAX_CO_UNITS = 2;

    private final Directory directory;
    private final Assignments assignments;
    private final SuggestionQueries suggestions;
    private final UnitRouter router = new UnitRouter();

    RoutingAdvice(Directory directory, Assignments assignments, SuggestionQueries suggestions) {
        this.directory = directory;
        this.assignments = assignments;
        this.suggestions = suggestions;
    }

    /** The congress's active units for the text, best first, leaving out {@code exceptCase} from the history. */
    @Transactional(readOnly = true)
    public List<RoutingProposal> propose(String text, long congressId, Long exceptCase) {
        List<HandlingUnit> units = directory.activeUnitsOf(congressId);
        if (units.isEmpty() || text == null || text.isBlank()) {
            return List.of();
        }
        Map<Long, HandlingUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<Assignment> tasks = assignments.tasksOfUnits(byId.keySet()).stream()
                .filter(t -> !t.suggestionId().equals(exceptCase)).toList();
        Map<Long, SuggestionSummary> cases = new HashMap<>();
        suggestions.summariesOf(tasks.stream().map(Assignment::suggestionId).distinct().toList(),
                new DataScope.OfCongresses(Set.of(congressId))).forEach(s -> cases.put(s.id(), s));
        Map<Long, List<UnitProfile.PastCase>> past = new HashMap<>();
        for (Assignment task : tasks) {
            SuggestionSummary c = cases.get(task.suggestionId());
            if (c != null) {
                past.computeIfAbsent(task.unitId(), u -> new ArrayList<>()).add(new UnitProfile.PastCase(
                        c.meetingName() + "第" + c.number() + "号", c.title(), "", task.isLead()));
            }
        }
        List<UnitProfile> profiles = new ArrayList<>();
        for (HandlingUnit unit : byId.values()) {
            profiles.add(new UnitProfile(unit.id(), unit.shortName(), unit.responsibilities(),
                    past.getOrDefault(unit.id(), List.of())));
        }
        return router.propose(text, profiles);
    }

    /**
     * The best unit as lead, and as co-units the next ones (at most {@value #MAX_CO_UNITS}) that score at least
     * {@value #CO_UNIT_SHARE} of it and have reasons; empty when no unit has any.
     */
    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Proposal> propose(long suggestionId, String text, long congressId) {
        List<RoutingProposal> ranked = propose(text, congressId, suggestionId);
        if (ranked.isEmpty() || !ranked.get(0).hasReasons() || ranked.get(0).score() <= 0) {
            return java.util.Optional.empty();
        }
        RoutingProposal lead = ranked.get(0);
        List<ProposedUnit> coUnits = ranked.stream().skip(1)
                .filter(p -> p.hasReasons() && p.score() >= CO_UNIT_SHARE * lead.score())
                .limit(MAX_CO_UNITS).map(RoutingAdvice::proposed).toList();
        return java.util.Optional.of(new Proposal(proposed(lead), coUnits));
    }

    private static ProposedUnit proposed(RoutingProposal p) {
        return new ProposedUnit(p.unitId(), p.name(), p.score(), p.dutyWords(), p.similarCases().stream()
                .map(c -> c.number() + " " + c.title() + (c.lead() ? "" : "（协办）")).toList());
    }

    /** The same for every congress's units together (the command line, which acts for no congress). */
    @Transactional(readOnly = true)
    public List<RoutingProposal> proposeAcrossCongresses(String text) {
        List<RoutingProposal> all = new ArrayList<>();
        directory.activeUnits().stream().map(HandlingUnit::congressId).filter(java.util.Objects::nonNull).distinct()
                .forEach(congress -> all.addAll(propose(text, congress, null)));
        all.sort(java.util.Comparator.comparingDouble(RoutingProposal::score).reversed());
        return all;
    }
}
