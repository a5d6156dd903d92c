package cn.jianyi.statistics;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.StaleVersion;
import cn.jianyi.suggestion.Meetings;

/** The 考评方案 of each congress: the one in force, its history, and saving a new version (ADR 0024). */
@Service
@Transactional
public class AssessmentSchemes {

    private final AssessmentSchemeRepository schemes;
    private final Meetings meetings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentSchemes(AssessmentSchemeRepository schemes, Meetings meetings, Clock clock,
                      ApplicationEventPublisher events) {
        this.schemes = schemes;
        this.meetings = meetings;
        this.clock = clock;
        this.events = events;
    }

    /** The congress's latest version, or the built-in default while it has none. */
    @Transactional(readOnly = true)
    public AssessmentScheme current(long congressId) {
        return schemes.findFirstByCongressIdOrderByVersionDesc(congressId)
                .orElseGet(() -> AssessmentScheme.defaults(congressId));
    }

    /** Every saved version, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentScheme> history(long congressId) {
        return schemes.findByCongressIdOrderByVersionDesc(congressId);
    }

    /**
     * Saves the next version. Refused, field by field, when a number is missing or outside 0 to 100, or the four
     * weights do not add up to 100. Refused as a concurrent change ({@link StaleVersion}) when another version was
     * saved since the form was read, or is being saved at the same moment.
     */
    public AssessmentScheme save(SaveAssessmentSchemeCommand c) {
        meetings.congress(c.congressId());
        List<Integer> weights = List.of(points("timelinessWeight", c.timelinessWeight()),
                points("contactWeight", c.contactWeight()), points("satisfactionWeight", c.satisfactionWeight()),
                points("classWeight", c.classWeight()));
        points("otherContactPoints", c.otherContactPoints());
        points("basicallySatisfiedPoints", c.basicallySatisfiedPoints());
        points("classAPoints", c.classAPoints());
        points("classBPoints", c.classBPoints());
        points("classCPoints", c.classCPoints());
        points("classDPoints", c.classDPoints());
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        if (sum != 100) {
            throw RuleViolation.onField("classWeight", "assessment.weights.sum", String.valueOf(sum));
        }
        if (c.note() != null && c.note().length() > 500) {
            throw RuleViolation.onField("note", "assessment.note.tooLong");
        }
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        AssessmentScheme current = current(c.congressId());
        StaleVersion.check("assessment scheme of congress", c.congressId(), c.readVersion(), current.version());
        AssessmentScheme next = new AssessmentScheme(null, c.congressId(), current.version() + 1,
                c.timelinessWeight(), c.contactWeight(), c.satisfactionWeight(), c.classWeight(),
                c.otherContactPoints(), c.basicallySatisfiedPoints(), c.classAPoints(), c.classBPoints(),
                c.classCPoints(), c.classDPoints(), note, c.actor().username(), clock.instant());
        AssessmentScheme saved = StaleVersion.insertNext("assessment scheme of congress", c.congressId(),
                next.version(), () -> schemes.save(next));
        events.publishEvent(new AssessmentSchemeSaved(saved.id(), saved.congressId(), saved.version(), c.actor()));
        return saved;
    }

    private static int points(String field, Integer value) {
        if (value == null) {
            throw RuleViolation.onField(field, "assessment.points.required");
        }
        if (value < 0 || value > 100) {
            throw RuleViolation.onField(field, "assessment.points.range");
        }
        return value;
    }
}
