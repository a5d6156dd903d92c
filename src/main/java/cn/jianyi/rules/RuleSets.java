package cn.jianyi.rules;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.Meetings;

/** The rule sets of each congress: the one in force, its history, and saving a new version. */
@Service
@Transactional
public class RuleSets {

    private final RuleSetRepository ruleSets;
    private final ClassificationSchemes schemes;
    private final Meetings meetings;
    private final Clock clock;

    RuleSets(RuleSetRepository ruleSets, ClassificationSchemes schemes, Meetings meetings, Clock clock) {
        this.ruleSets = ruleSets;
        this.schemes = schemes;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The congress's latest version, or the national baseline while it has none. */
    @Transactional(readOnly = true)
    public RuleSet current(long congressId) {
        return ruleSets.findFirstByCongressIdOrderByVersionDesc(congressId)
                .orElseGet(() -> RuleSet.nationalBaseline(congressId));
    }

    /** The rules of the congress a meeting belongs to. */
    @Transactional(readOnly = true)
    public RuleSet forMeeting(long meetingId) {
        return current(meetings.view(meetingId).congressId());
    }

    /** Every saved version, newest first. */
    @Transactional(readOnly = true)
    public List<RuleSet> history(long congressId) {
        return ruleSets.findByCongressIdOrderByVersionDesc(congressId);
    }

    @Transactional(readOnly = true)
    public List<ClassificationScheme> schemes() {
        return schemes.all();
    }

    @Transactional(readOnly = true)
    public ClassificationScheme scheme(String code) {
        return schemes.find(code).orElseThrow(() -> new NotFoundException("classification scheme", code));
    }

    /** The scheme of the rules in force for a meeting's congress. */
    @Transactional(readOnly = true)
    public ClassificationScheme schemeForMeeting(long meetingId) {
        return scheme(forMeeting(meetingId).classificationScheme());
    }

    /**
     * Saves the next version. Refused, field by field, when a window is missing or out of range, the scheme is missing
     * or unknown, the complex reply window is shorter than the standard one, or the date lies before the current
     * version's.
     */
    public RuleSet save(SaveRuleSetCommand c) {
        meetings.congress(c.congressId());
        if (c.effectiveFrom() == null) {
            throw RuleViolation.onField("effectiveFrom", "rules.effectiveFrom.required");
        }
        window("reply", c.replyAmount(), c.replyUnit());
        window("complex", c.complexAmount(), c.complexUnit());
        window("return", c.returnAmount(), c.returnUnit());
        window("opinion", c.opinionAmount(), c.opinionUnit());
        window("extension", c.extensionAmount(), c.extensionUnit());
        window("rehandling", c.rehandlingAmount(), c.rehandlingUnit());
        window("publication", c.publicationAmount(), c.publicationUnit());
        if ((c.feedbackAmount() == null) != (c.feedbackUnit() == null)) {
            throw RuleViolation.onField("feedbackAmount", "rules.feedback.incomplete");
        }
        if (c.feedbackAmount() != null) {
            window("feedback", c.feedbackAmount(), c.feedbackUnit());
        }
        if (c.classificationScheme() == null || c.classificationScheme().isBlank()) {
            throw RuleViolation.onField("classificationScheme", "rules.scheme.required");
        }
        if (schemes.find(c.classificationScheme()).isEmpty()) {
            throw RuleViolation.onField("classificationScheme", "rules.scheme.unknown");
        }
        if (c.feedbackAnswerers() == null) {
            throw RuleViolation.onField("feedbackAnswerers", "rules.answerers.required");
        }
        if (approximateDays(c.complexAmount(), c.complexUnit()) < approximateDays(c.replyAmount(), c.replyUnit())) {
            throw RuleViolation.onField("complexAmount", "rules.complex.shorter");
        }
        RuleSet current = current(c.congressId());
        if (!current.isBaseline() && c.effectiveFrom().isBefore(current.effectiveFrom())) {
            throw RuleViolation.onField("effectiveFrom", "rules.effectiveFrom.beforeCurrent", current.effectiveFrom());
        }
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        return ruleSets.save(new RuleSet(null, c.congressId(), current.version() + 1, c.effectiveFrom(),
                c.replyAmount(), c.replyUnit(), c.complexAmount(), c.complexUnit(), c.returnAmount(), c.returnUnit(),
                c.opinionAmount(), c.opinionUnit(), c.extensionAmount(), c.extensionUnit(), c.rehandlingAmount(),
                c.rehandlingUnit(), c.feedbackAmount(), c.feedbackUnit(), c.publicationAmount(), c.publicationUnit(),
                c.classificationScheme(), c.contactMandatory(), c.feedbackAnswerers(), c.countersignRequired(), note,
                c.actor().username(), clock.instant()));
    }

    private static void window(String name, Integer amount, WindowUnit unit) {
        if (amount == null) {
            throw RuleViolation.onField(name + "Amount", "rules.window.required");
        }
        if (amount < 1 || amount > (unit == WindowUnit.MONTHS ? 24 : 730)) {
            throw RuleViolation.onField(name + "Amount", "rules.window.range");
        }
        if (unit == null) {
            throw RuleViolation.onField(name + "Unit", "rules.window.unitRequired");
        }
    }

    private static int approximateDays(int amount, WindowUnit unit) {
        return switch (unit) {
            case DAYS -> amount;
            case WORKDAYS -> amount * 7 / 5;
            case MONTHS -> amount * 30;
        };
    }
}
