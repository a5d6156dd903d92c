package cn.jianyi.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;

/**
 * The case file's use cases. Other modules move a case only through these methods, which record each transition on
 * the timeline in the same transaction and publish what happened to the case file ({@link CaseRegistered},
 * {@link CaseClosed} …, ADR 0031) in it, after the timeline line.
 */
@Service
@Transactional
public class SuggestionManagement {

    private final SuggestionRepository suggestions;
    private final Meetings meetings;
    private final Directory directory;
    private final CaseTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestionManagement(SuggestionRepository suggestions, Meetings meetings, Directory directory,
                         CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** 登记: numbers the suggestion within its meeting (a duplicate number is refused) and opens the case file. */
    public long register(RegisterSuggestionCommand command) {
        return register(command, null);
    }

    /** 登记 by an office of some congresses: a meeting of another congress is refused as unknown (ADR 0042). */
    public long registerWithin(RegisterSuggestionCommand command, cn.jianyi.identity.DataScope within) {
        return registerWithin(command, within, null);
    }

    /** 登记 by an office of some congresses, with a note on how the suggestion came in (e.g. through the API). */
    public long registerWithin(RegisterSuggestionCommand command, cn.jianyi.identity.DataScope within, String origin) {
        if (meetings.find(command.meetingId()).filter(m -> within.coversCongress(m.congressId())).isEmpty()) {
            throw RuleViolation.onField("meetingId", "suggestion.meeting.unknown");
        }
        return register(command, origin);
    }

    /**
     * The registration rules broken by these values, all of them (ADR 0049: one round of validation), each on its
     * field: the meeting, the lead deputy and the co-signers of the meeting's congress, no co-signer twice or also
     * lead, the number free. A value left empty (null) is not checked; the form refuses it on its own.
     */
    @Transactional(readOnly = true)
    public java.util.List<RuleViolation> registrationProblems(Long meetingId, Integer number, Long leadDeputyId,
                                                              java.util.List<Long> coSignerIds) {
        var problems = new java.util.ArrayList<RuleViolation>();
        MeetingView meeting = meetingId == null ? null : meetings.find(meetingId).orElse(null);
        if (meetingId != null && meeting == null) {
            problems.add(RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));
            return problems;
        }
        if (leadDeputyId != null && meeting != null
                && directory.findDeputy(leadDeputyId).filter(d -> ofCongress(d, meeting)).isEmpty()) {
            problems.add(RuleViolation.onField("leadDeputyId", "suggestion.deputy.unknown"));
        }
        RuleViolation coSignerProblem = null;
        for (Long coSigner : coSignerIds) {
            if (coSigner.equals(leadDeputyId)) {
                coSignerProblem = RuleViolation.onField("coSignerIds", "suggestion.coSigner.isLead");
                break;
            }
            if (meeting != null && directory.findDeputy(coSigner).filter(d -> ofCongress(d, meeting)).isEmpty()) {
                coSignerProblem = RuleViolation.onField("coSignerIds", "suggestion.deputy.unknown");
                break;
            }
        }
        if (coSignerProblem == null && new HashSet<>(coSignerIds).size() != coSignerIds.size()) {
            coSignerProblem = RuleViolation.onField("coSignerIds", "suggestion.coSigner.duplicate");
        }
        if (coSignerProblem != null) {
            problems.add(coSignerProblem);
        }
        if (number != null && meeting != null && suggestions.existsByMeetingIdAndNumber(meeting.id(), number)) {
            problems.add(RuleViolation.onField("number", "suggestion.number.duplicate", number, meeting.name()));
        }
        return problems;
    }

    /**
     * 登记 with a note on how the suggestion came in (e.g. submitted online, with its co-signers' acceptance), added
     * to the timeline line.
     */
    public long register(RegisterSuggestionCommand command, String origin) {
        MeetingView meeting = meetings.find(command.meetingId())
                .orElseThrow(() -> RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));
        cn.jianyi.shared.RuleViolations.throwIfAny(registrationProblems(command.meetingId(), command.number(),
                command.leadDeputyId(), command.coSignerIds()));
        int number = command.number() != null ? command.number() : suggestions.maxNumber(meeting.id()) + 1;
        Instant now = clock.instant();
        Suggestion suggestion = suggestions.save(Suggestion.register(meeting.id(), meeting.openedOn(), number,
                command.title().strip(), command.content().strip(), command.leadDeputyId(), command.coSignerIds(),
                command.category(), command.receivedOn(), now));
        timeline.record(suggestion.id(), CaseAction.REGISTER, null, suggestion.status(), command.actor(), now,
                meeting.name() + "第" + number + "号" + (origin == null ? "" : "；" + origin));
        events.publishEvent(new CaseRegistered(suggestion.id(), meeting.id(), number, command.actor().username()));
        return suggestion.id();
    }

    /** A deputy of the meeting's congress (or one set up before the directory gave deputies a congress). */
    private static boolean ofCongress(cn.jianyi.identity.Deputy deputy, MeetingView meeting) {
        return deputy.congressId() == null || deputy.congressId() == meeting.congressId();
    }

    /**
     * 历史复函导入: files a case of an earlier meeting, known from its reply letter, as a historical case (ARCHIVED)
     * with the timeline entry 历史复函导入; when the meeting already has a case of that number, nothing is created
     * and that case is returned, so a letter imported twice links to one case.
     *
     * @return the id of the case and whether it was created now
     */
    public ArchivedCase archive(ArchiveSuggestionCommand command) {
        MeetingView meeting = meetings.find(command.meetingId())
                .orElseThrow(() -> RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));
        var existing = suggestions.findByMeetingIdAndNumber(meeting.id(), command.number());
        if (existing.isPresent()) {
            return new ArchivedCase(existing.get().id(), false);
        }
        for (Long deputy : command.deputyIds()) {
            if (directory.findDeputy(deputy).isEmpty()) {
                throw RuleViolation.onField("addressees", "suggestion.deputy.unknown");
            }
        }
        String title = command.title().strip();
        Instant now = clock.instant();
        Suggestion suggestion = suggestions.save(Suggestion.archived(meeting.id(), meeting.openedOn(),
                command.number(), title.length() > 100 ? title.substring(0, 99) + "…" : title, title,
                command.deputyIds().get(0), command.deputyIds().subList(1, command.deputyIds().size()),
                command.receivedOn() == null ? meeting.openedOn() : command.receivedOn(), now));
        timeline.record(suggestion.id(), CaseAction.ARCHIVE_IMPORT, null, suggestion.status(), command.actor(), now,
                meeting.name() + "第" + command.number() + "号；" + command.remark());
        return new ArchivedCase(suggestion.id(), true);
    }

    /** The case a historical letter is filed under, and whether filing it created the case. */
    public record ArchivedCase(long suggestionId, boolean created) {
    }

    /**
     * 并案: merges a registered suggestion into another of the same meeting with the same content, which is handled
     * for both; the merged suggestion's deputies are answered by the reply to the other. Refused when either is not
     * in the right stage (the source REGISTERED, the target not yet replied), for another meeting, or itself.
     */
    public void merge(long sourceId, int targetNumber, Actor actor) {
        Suggestion source = load(sourceId);
        Suggestion target = suggestions.findByMeetingIdAndNumber(source.meetingId(), targetNumber)
                .orElseThrow(() -> RuleViolation.onField("targetNumber", "suggestion.merge.targetUnknown"));
        if (target.id().equals(source.id())) {
            throw RuleViolation.onField("targetNumber", "suggestion.merge.self");
        }
        if (target.status() != Suggestion.Status.REGISTERED && target.status() != Suggestion.Status.ASSIGNED) {
            throw RuleViolation.onField("targetNumber", "suggestion.merge.targetNotOpen");
        }
        if (source.status() != Suggestion.Status.REGISTERED) {
            throw new RuleViolation("suggestion.merge.sourceNotRegistered");
        }
        Suggestion.Status from = source.mergeInto(target.id());
        save(source, CaseAction.MERGE, from, actor, "并入第" + target.number() + "号建议办理");
        timeline.record(target.id(), CaseAction.MERGE_IN, target.status(), target.status(), actor, clock.instant(),
                "第" + source.number() + "号建议（" + directory.deputy(source.leadDeputyId()).name() + "领衔）并入本件办理");
        events.publishEvent(new CaseMerged(source.id(), target.id(), target.number(), actor.username()));
    }

    /** The suggestions merged into this one, by number. */
    @Transactional(readOnly = true)
    public java.util.List<Suggestion> mergedInto(long targetId) {
        return suggestions.findByMergedIntoOrderByNumber(targetId);
    }

    /**
     * The lead deputies this case answers: its own, then those of the suggestions merged into it (each deputy is
     * still answered).
     */
    @Transactional(readOnly = true)
    public java.util.List<Long> answeredLeadDeputies(long suggestionId) {
        var leads = new java.util.LinkedHashSet<Long>();
        leads.add(load(suggestionId).leadDeputyId());
        mergedInto(suggestionId).forEach(s -> leads.add(s.leadDeputyId()));
        return java.util.List.copyOf(leads);
    }

    /**
     * 撤回: the suggestion's deputies withdrew it (a joint one with every co-signer's consent, which the caller has
     * collected); only before 交办.
     */
    public void withdraw(long suggestionId, Actor actor, String reason) {
        Suggestion suggestion = load(suggestionId);
        Suggestion.Status from = suggestion.withdraw();
        save(suggestion, CaseAction.WITHDRAW, from, actor, reason);
        events.publishEvent(new CaseWithdrawn(suggestionId, reason, actor.username()));
    }

    /**
     * 交办: records the units on the case file and moves it to ASSIGNED. The assignment module, which owns the act,
     * announces it ({@code CaseAssigned}).
     */
    public void markAssigned(long suggestionId, Set<CaseUnit> units, Actor actor, String remark) {
        markAssigned(suggestionId, null, units, actor, remark);
    }

    /**
     * As {@link #markAssigned(long, Set, Actor, String)}, refused ({@link cn.jianyi.shared.StaleVersion}) unless the
     * case is still at {@code readVersion}, the version the 交办 was decided on ({@code null}: not checked).
     */
    public void markAssigned(long suggestionId, Integer readVersion, Set<CaseUnit> units, Actor actor, String remark) {
        Suggestion suggestion = load(suggestionId);
        cn.jianyi.shared.StaleVersion.check("suggestion", suggestionId, readVersion, suggestion.version());
        Suggestion.Status from = suggestion.assign(units);
        save(suggestion, CaseAction.ASSIGN, from, actor, remark);
    }

    /** Records a unit's new reply deadline on the case file, with the reason on the timeline. */
    public void rescheduleUnit(long suggestionId, long unitId, java.time.LocalDate dueOn, Actor actor, String reason) {
        Suggestion suggestion = load(suggestionId);
        suggestion.reschedule(unitId, dueOn);
        save(suggestion, CaseAction.RESCHEDULE, suggestion.status(), actor, reason, unitId);
        events.publishEvent(new UnitDeadlineMoved(suggestionId, unitId, dueOn, reason, actor.username()));
    }

    /** An approved return: another unit takes over the returning unit's part of the case. */
    public void replaceUnit(long suggestionId, long returningUnitId, CaseUnit successor, Actor actor, String remark) {
        Suggestion suggestion = load(suggestionId);
        suggestion.replaceUnit(returningUnitId, successor);
        save(suggestion, CaseAction.REASSIGN, suggestion.status(), actor, remark, successor.unitId());
        events.publishEvent(new UnitReplaced(suggestionId, returningUnitId, successor, actor.username()));
    }

    /** 重点督办: records the key-item designation with its leading official and supervising committee. */
    public void designateKey(long suggestionId, String leader, String committee, Actor actor) {
        if (leader == null || leader.isBlank()) {
            throw RuleViolation.onField("leader", "suggestion.key.leaderRequired");
        }
        if (committee == null || committee.isBlank()) {
            throw RuleViolation.onField("committee", "suggestion.key.committeeRequired");
        }
        Suggestion suggestion = load(suggestionId);
        var key = new KeySupervision(leader.strip(), committee.strip(), java.time.LocalDate.now(clock));
        suggestion.designateKey(key);
        save(suggestion, CaseAction.DESIGNATE_KEY, suggestion.status(), actor,
                "牵头领导：" + key.leader() + "；督办：" + key.committee());
        events.publishEvent(new KeyDesignated(suggestionId, key.leader(), key.committee(), actor.username()));
    }

    /** The lead unit's reply was signed and sent (the handling module announces it: {@code ReplySigned}). */
    public void markReplied(long suggestionId, Actor actor, String remark) {
        Suggestion suggestion = load(suggestionId);
        Suggestion.Status from = suggestion.markReplied();
        save(suggestion, CaseAction.SIGN_REPLY, from, actor, remark);
    }

    /**
     * 重新办理: handling reopens after 不满意, with the lead unit's new reply deadline (the feedback module, which decides
     * it, announces it: {@code RehandlingDecided}).
     */
    public void reopenForRehandling(long suggestionId, java.time.LocalDate dueOn, Actor actor, String remark) {
        reopenForRehandling(suggestionId, dueOn, java.util.List.of(), actor, remark);
    }

    /** 重新办理 bringing units new to the case in as co-units (the assignment module issued their tasks). */
    public void reopenForRehandling(long suggestionId, java.time.LocalDate dueOn,
                                    java.util.Collection<CaseUnit> newCoUnits, Actor actor, String remark) {
        Suggestion suggestion = load(suggestionId);
        suggestion.units().stream().filter(u -> u.role().answersDeputy())
                .forEach(u -> suggestion.reschedule(u.unitId(), dueOn));
        Suggestion.Status from = suggestion.reopenForRehandling(newCoUnits);
        save(suggestion, CaseAction.REOPEN_FOR_REHANDLING, from, actor, remark);
    }

    /** 办结. */
    public void conclude(long suggestionId, Actor actor, String remark) {
        Suggestion suggestion = load(suggestionId);
        Suggestion.Status from = suggestion.conclude();
        save(suggestion, CaseAction.CONCLUDE, from, actor, remark);
        events.publishEvent(new CaseClosed(suggestionId, actor.username()));
    }

    /**
     * Records an act that does not move the case (a draft saved, feedback given) on its timeline. The timeline line
     * is no announcement: the module that performed the act publishes its own event for those who must react.
     */
    public void recordActivity(long suggestionId, CaseAction action, Actor actor, String remark) {
        recordActivity(suggestionId, action, actor, remark, null);
    }

    /**
     * Records an act about one unit's part of the case (its request, the office's decision on it) on the timeline;
     * the unit travels with {@link CaseTransitioned#unitId()}.
     */
    public void recordActivity(long suggestionId, CaseAction action, Actor actor, String remark, Long unitId) {
        Suggestion suggestion = load(suggestionId);
        timeline.record(suggestionId, action, suggestion.status(), suggestion.status(), actor, clock.instant(), remark,
                unitId);
    }

    /** Loads a case for a workflow decision (unscoped: callers have already checked the user's scope). */
    @Transactional(readOnly = true)
    public Suggestion get(long suggestionId) {
        return load(suggestionId);
    }

    private Suggestion load(long suggestionId) {
        return suggestions.findById(suggestionId).orElseThrow(() -> new NotFoundException("suggestion", suggestionId));
    }

    private void save(Suggestion suggestion, CaseAction action, Suggestion.Status from, Actor actor, String remark) {
        save(suggestion, action, from, actor, remark, null);
    }

    private void save(Suggestion suggestion, CaseAction action, Suggestion.Status from, Actor actor, String remark,
                      Long unitId) {
        suggestions.save(suggestion);
        timeline.record(suggestion.id(), action, from, suggestion.status(), actor, clock.instant(), remark, unitId);
    }
}
