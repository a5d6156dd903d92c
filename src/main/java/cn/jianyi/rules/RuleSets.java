package cn.jianyi.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.shared.StaleVersion;
import cn.jianyi.suggestion.Meetings;

/** The rule sets of each congress: the one in force, its history, and saving a new version. */
@Service
@Transactional
public class RuleSets {

    private final RuleSetRepository ruleSets;
    private final ClassificationSchemes schemes;
    private final Meetings meetings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RuleSets(RuleSetRepository ruleSets, ClassificationSchemes schemes, Meetings meetings, Clock clock,
             ApplicationEventPublisher events) {
        this.ruleSets = ruleSets;
        this.schemes = schemes;
        this.meetings = meetings;
        this.clock = clock;
        this.events = events;
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

    /**
     * The congresses whose rules in force ({@link #current}) have every signer answer the feedback form
     * ({@link FeedbackAnswerers#ALL_SIGNERS}); a congress without a version of its own has the national baseline's,
     * the lead deputy only. One statement, whatever the number of cases.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> congressesWhereEverySignerAnswers() {
        return java.util.Set.copyOf(ruleSets.congressesWhereEverySignerAnswers());
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
     * or unknown, the complex reply window is shorter than the standard one, the re-handling rule lies outside its
     * bounds, or the date lies before the current
     * version's. Refused as a concurrent change ({@link StaleVersion}) when another version was saved since the form
     * was read, or is being saved at the same moment.
     */
    public RuleSet save(SaveRuleSetCommand c) {
        meetings.congress(c.congressId());
        List<RuleViolation> found = new ArrayList<>();   // every refusal at once (ADR 0049)
        if (c.effectiveFrom() == null) {
            found.add(RuleViolation.onField("effectiveFrom", "rules.effectiveFrom.required"));
        }
        boolean reply = window("reply", c.reply(), found);
        boolean complex = window("complex", c.complex(), found);
        window("returnWindow", c.returnWindow(), found);
        window("opinion", c.opinion(), found);
        window("extension", c.extension(), found);
        boolean rehandling = window("rehandling", c.rehandling(), found);
        boolean shortest = window("rehandlingShortest", c.rehandlingShortest(), found);
        boolean longest = window("rehandlingLongest", c.rehandlingLongest(), found);
        window("publication", c.publication(), found);
        if ((c.feedback().amount() == null) != (c.feedback().unit() == null)) {
            found.add(RuleViolation.onField("feedback.amount", "rules.feedback.incomplete"));
        } else if (!c.feedback().isEmpty()) {
            window("feedback", c.feedback(), found);
        }
        if (c.classificationScheme() == null || c.classificationScheme().isBlank()) {
            found.add(RuleViolation.onField("classificationScheme", "rules.scheme.required"));
        } else if (schemes.find(c.classificationScheme()).isEmpty()) {
            found.add(RuleViolation.onField("classificationScheme", "rules.scheme.unknown"));
        }
        if (c.feedbackAnswerers() == null) {
            found.add(RuleViolation.onField("feedbackAnswerers", "rules.answerers.required"));
        }
        // the windows compared with each other: only those that are themselves sound
        if (reply && complex && approximateDays(c.complex()) < approximateDays(c.reply())) {
            found.add(RuleViolation.onField("complex.amount", "rules.complex.shorter"));
        }
        if (rehandling && shortest && approximateDays(c.rehandlingShortest()) > approximateDays(c.rehandling())) {
            found.add(RuleViolation.onField("rehandlingShortest.amount", "rules.rehandlingShortest.longer"));
        }
        if (rehandling && longest && approximateDays(c.rehandlingLongest()) < approximateDays(c.rehandling())) {
            found.add(RuleViolation.onField("rehandlingLongest.amount", "rules.rehandlingLongest.shorter"));
        }
        RuleSet current = current(c.congressId());
        StaleVersion.check("rule set of congress", c.congressId(), c.readVersion(), current.version());
        if (c.effectiveFrom() != null && !current.isBaseline() && c.effectiveFrom().isBefore(current.effectiveFrom())) {
            found.add(RuleViolation.onField("effectiveFrom", "rules.effectiveFrom.beforeCurrent",
                    current.effectiveFrom()));
        }
        RuleViolations.throwIfAny(found);
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        RuleSet next = new RuleSet(null, c.congressId(), current.version() + 1, c.effectiveFrom(),
                c.reply().toWindow(), c.complex().toWindow(), c.returnWindow().toWindow(), c.opinion().toWindow(),
                c.extension().toWindow(), c.rehandling().toWindow(), c.rehandlingShortest().toWindow(),
                c.rehandlingLongest().toWindow(), c.feedback().toWindow(),
                c.publication().toWindow(), c.classificationScheme(), c.contactMandatory(), c.feedbackAnswerers(),
                c.countersignRequired(), c.disclosure(),
                new RuleSet.Revision(note, c.actor().username(), clock.instant()));
        RuleSet saved = StaleVersion.insertNext("rule set of congress", c.congressId(), next.version(),
                () -> ruleSets.save(next));
        events.publishEvent(new RuleSetSaved(saved.id(), saved.congressId(), saved.version(), saved.effectiveFrom(),
                c.actor()));
        return saved;
    }

    /**
     * Finds a missing or out-of-range window, refused beside its amount or unit ({@code reply.amount}, …); whether
     * the window is sound.
     */
    private static boolean window(String name, WindowEntry entry, List<RuleViolation> found) {
        int before = found.size();
        if (entry.amount() == null) {
            found.add(RuleViolation.onField(name + ".amount", "rules.window.required"));
        } else if (entry.amount() < 1 || entry.amount() > (entry.unit() == WindowUnit.MONTHS ? 24 : 730)) {
            found.add(RuleViolation.onField(name + ".amount", "rules.window.range"));
        }
        if (entry.unit() == null) {
            found.add(RuleViolation.onField(name + ".unit", "rules.window.unitRequired"));
        }
        return found.size() == before;
    }

    private static int approximateDays(WindowEntry window) {
        return switch (window.unit()) {
            case DAYS -> window.amount();
            case WORKDAYS -> window.amount() * 7 / 5;
            case MONTHS -> window.amount() * 30;
        };
    }
}
