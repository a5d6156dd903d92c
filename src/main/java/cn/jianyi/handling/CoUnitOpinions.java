package cn.jianyi.handling;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 协办意见: a co-unit's written opinion to the lead unit, once, before the lead unit answers; again when the office
 * brings the co-unit back in at 重新办理 (the opinion is numbered by the times it was given).
 */
@Service
@Transactional
public class CoUnitOpinions {

    private final CoUnitOpinionRepository opinions;
    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CoUnitOpinions(CoUnitOpinionRepository opinions, SuggestionManagement suggestions,
                   Assignments assignments, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.opinions = opinions;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** 协办意见: a co-unit sends its written opinion to the lead unit, once, before the lead unit answers. */
    public CoUnitOpinion giveOpinion(GiveOpinionCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        Assignment task = checkCanGiveOpinion(suggestion, command.unitId());
        cn.jianyi.shared.StaleVersion.check("task", task.id(), command.readVersion(), task.version());
        int round = (int) opinions.findBySuggestionIdOrderById(suggestion.id()).stream()
                .filter(o -> o.unitId().equals(command.unitId())).count() + 1;   // asked again at 重新办理
        String text = command.opinion();
        // the task first: of two colleagues sending at once, the second meets the first's newer task version (a
        // concurrent change, ADR 0065) before its opinion could meet the first's row in co_unit_opinions_once
        assignments.markOpinionGiven(suggestion.id(), command.unitId(), task.version(), command.actor(),
                text.length() > 80 ? text.substring(0, 80) + "…" : text);
        CoUnitOpinion opinion = opinions.save(new CoUnitOpinion(null, suggestion.id(), command.unitId(), round,
                command.opinion(), command.actor().username(), clock.instant()));
        events.publishEvent(new CoUnitOpinionGiven(opinion.id(), suggestion.id(), command.unitId(),
                command.actor().username()));
        return opinion;
    }

    /** Refuses with the reason when the unit may not give a co-unit opinion on the case now. */
    @Transactional(readOnly = true)
    public void checkCanGiveOpinion(long suggestionId, long unitId) {
        checkCanGiveOpinion(suggestions.get(suggestionId), unitId);
    }

    private Assignment checkCanGiveOpinion(Suggestion suggestion, long unitId) {
        Assignment task = assignments.taskOf(suggestion.id(), unitId)
                .filter(Assignment::isCoUnit)
                .orElseThrow(() -> new RuleViolation("handling.opinion.notCoUnit"));
        ReplyPolicies.opinionBeforeTheReply(suggestion).orThrow();
        if (task.status() == Assignment.Status.OPINION_GIVEN) {
            throw new RuleViolation("handling.opinion.alreadyGiven");
        }
        return task;
    }

    @Transactional(readOnly = true)
    public List<CoUnitOpinion> opinionsOf(long suggestionId) {
        return opinions.findBySuggestionIdOrderById(suggestionId);
    }
}
