package cn.jianyi.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.CoUnitsRecall;
import cn.jianyi.calendar.Deadline;
import cn.jianyi.handling.AttachmentType;
import cn.jianyi.handling.CheckedUpload;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.ClientSightings;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Directory;
import cn.jianyi.handling.Reply;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.Decision;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 征询意见 use cases: the deputy's rating (online, on paper, corrected), re-handling after 不满意, and 办结. Over 300
 * lines on purpose: every use case reads the latest round's answers and the answerers the rules require
 * ({@code latestRound}, {@code requiredAnswerers}), and a split by use case would copy those reads or expose them.
 */
@Service
@Transactional
public class FeedbackManagement implements cn.jianyi.handling.FeedbackDue {

    private final FeedbackRepository feedbacks;
    private final SuggestionManagement suggestions;
    private final ReplyQueries replyQueries;
    private final Assignments assignments;
    private final RuleSets ruleSets;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final FeedbackSigningKey signingKey;
    private final FeedbackFlagRepository flags;
    private final ClientSightings sightings;
    private final Directory directory;
    private final Duration soonAfterReply;
    private final FeedbackScanRepository scans;

    /** What a scanned paper form may be (checked as a contact record's attachment: by content, at most 10 MB). */
    static final Set<AttachmentType> SCAN_TYPES = EnumSet.of(AttachmentType.PDF, AttachmentType.JPEG,
            AttachmentType.PNG);

    FeedbackManagement(FeedbackRepository feedbacks, SuggestionManagement suggestions, ReplyQueries replyQueries,
                       Assignments assignments, RuleSets ruleSets, ApplicationEventPublisher events,
                       MessageSource messages, Clock clock, FeedbackSigningKey signingKey,
                       FeedbackFlagRepository flags, ClientSightings sightings, Directory directory,
                       @Value("${jianyi.feedback.soon-after-reply:30m}") Duration soonAfterReply,
                       FeedbackScanRepository scans) {
        this.scans = scans;
        this.signingKey = signingKey;
        this.flags = flags;
        this.sightings = sightings;
        this.directory = directory;
        this.soonAfterReply = soonAfterReply;
        this.ruleSets = ruleSets;
        this.assignments = assignments;
        this.feedbacks = feedbacks;
        this.suggestions = suggestions;
        this.replyQueries = replyQueries;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Records the deputy's answer to the latest reply. 不满意 does not reopen the case by itself: the congress office
     * studies the reasons and decides on re-handling ({@link #sendBackForRehandling}).
     */
    public Feedback submit(SubmitFeedbackCommand command) {
        return store(command, FeedbackChannel.ONLINE, null);
    }

    /**
     * The office records a deputy's paper 征询意见表 — only with its scan (PDF, JPEG or PNG, at most 10 MB, the type
     * told from the content). The record is marked as paper, the scan's SHA-256 goes under its signature, and the
     * scan is kept with it. Everything else is checked as for an online answer.
     */
    public Feedback recordPaperForm(RecordPaperFeedbackCommand command) {
        CheckedUpload scan = command.scan().checked("scan", SCAN_TYPES);
        Feedback feedback = store(new SubmitFeedbackCommand(command.suggestionId(), command.deputyId(),
                command.satisfaction(), command.resultRating(), command.attitudeRating(), command.comment(),
                command.givenOn(), command.actor()), FeedbackChannel.PAPER, scan.sha256());
        scans.save(new FeedbackScan(null, feedback.id(), scan.name(), scan.type().mediaType(), scan.content().length,
                scan.content(), command.actor().username(), feedback.submittedAt()));
        return feedback;
    }

    /** The scan of a paper feedback form. */
    @Transactional(readOnly = true)
    public Optional<FeedbackScan> scanOf(long feedbackId) {
        return scans.findByFeedbackId(feedbackId);
    }

    /** The feedback record, when there is one of that id. */
    @Transactional(readOnly = true)
    public Optional<Feedback> find(long feedbackId) {
        return feedbacks.findById(feedbackId);
    }

    /** The deputies who still have to answer the case's latest reply (the ones a paper form may be recorded for). */
    @Transactional(readOnly = true)
    public List<Long> pendingAnswerers(long suggestionId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        if (suggestion.status() != Suggestion.Status.REPLIED) {
            return List.of();
        }
        List<Long> answered = latestRound(suggestion).stream().map(Feedback::deputyId).toList();
        return requiredAnswerers(suggestion).stream().filter(id -> !answered.contains(id)).toList();
    }

    private Feedback store(SubmitFeedbackCommand command, FeedbackChannel channel, String scanSha256) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        Reply reply = checkCanGiveFeedback(suggestion.id(), command.deputyId());
        return write(suggestion, reply, command, channel, scanSha256, null, null);
    }

    /**
     * The deputy corrects their own online answer while the case still waits on it (已答复, the answer to the latest
     * reply, not superseded): a new record, numbered next, with the reason for the correction, supersedes the old;
     * both are kept under their signatures and the timeline says so.
     */
    public Feedback correct(CorrectFeedbackCommand command) {
        Feedback previous = feedbacks.findById(command.feedbackId())
                .filter(f -> f.deputyId() == command.deputyId())
                .orElseThrow(() -> new NotFoundException("feedback", command.feedbackId()));
        Suggestion suggestion = suggestions.get(previous.suggestionId());
        Reply reply = replyQueries.latestSigned(suggestion.id())
                .orElseThrow(() -> new RuleViolation("feedback.case.notReplied"));
        FeedbackPolicies.correctable(suggestion, reply, previous, latestRound(suggestion)).orThrow();
        return write(suggestion, reply, new SubmitFeedbackCommand(suggestion.id(), command.deputyId(),
                        command.satisfaction(), command.resultRating(), command.attitudeRating(), command.comment(),
                        command.givenOn(), command.actor(), command.client()), FeedbackChannel.ONLINE, null, previous,
                command.correctionReason());
    }

    /** The deputy's answer to the latest reply that counts, when it may be corrected now; refuses with the reason. */
    @Transactional(readOnly = true)
    public Feedback correctableAnswer(long suggestionId, long deputyId) {
        Correctability correctability = correctability(suggestionId, deputyId);
        correctability.decision().orThrow();
        return correctability.answer();
    }

    /** Whether the deputy may correct their answer on this case now (the case page's 更正评价). */
    @Transactional(readOnly = true)
    public boolean mayCorrect(long suggestionId, long deputyId) {
        return correctability(suggestionId, deputyId).decision() instanceof Decision.Allowed;
    }

    /** The deputy's current answer to the latest reply (if any) and whether it may be corrected. */
    private record Correctability(Feedback answer, Decision decision) {
    }

    private Correctability correctability(long suggestionId, long deputyId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        Optional<Reply> reply = replyQueries.latestSigned(suggestionId);
        if (suggestion.status() != Suggestion.Status.REPLIED || reply.isEmpty()) {
            return new Correctability(null, Decision.rejected("feedback.case.notReplied"));
        }
        List<Feedback> current = latestRound(suggestion);
        Optional<Feedback> answer = current.stream().filter(f -> f.deputyId() == deputyId).findFirst();
        return answer.map(a -> new Correctability(a, FeedbackPolicies.correctable(suggestion, reply.get(), a, current)))
                .orElseGet(() -> new Correctability(null, Decision.rejected("feedback.correction.nothing")));
    }

    private Feedback write(Suggestion suggestion, Reply reply, SubmitFeedbackCommand command, FeedbackChannel channel,
                           String scanSha256, Feedback supersedes, String correctionReason) {
        FeedbackPolicies.reasonGivenWhenDissatisfied(command.satisfaction(), command.comment()).orThrowOn("comment");
        if (command.givenOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("givenOn", "feedback.date.future");
        }
        if (command.givenOn().isBefore(reply.signedOn())) {
            throw RuleViolation.onField("givenOn", "feedback.date.beforeReply");
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        Feedback unsigned = new Feedback(null, suggestion.id(), reply.id(), reply.round(),
                command.deputyId(), command.satisfaction(), command.resultRating(), command.attitudeRating(), comment, command.givenOn(), command.actor().username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                command.client() == null ? null : command.client().address(),
                command.client() == null ? null : command.client().deviceId(), channel, scanSha256,
                supersedes == null ? 1 : supersedes.version() + 1, supersedes == null ? null : supersedes.id(),
                correctionReason, null, null);
        FeedbackSigningKey.Signed signed = signingKey.sign(unsigned.signedContent());
        Feedback feedback = feedbacks.save(unsigned.signedWith(signed.keyId(), signed.signature()));
        flag(feedback, reply);
        String remark = messages.getMessage("feedback.timeline", new Object[] {reply.round(),
                label(command.satisfaction()), label(command.resultRating()), label(command.attitudeRating()),
                comment == null ? "" : "；" + comment}, LocaleContextHolder.getLocale())
                + (channel == FeedbackChannel.PAPER ? messages.getMessage("feedback.timeline.paper",
                        new Object[] {directory.deputy(command.deputyId()).name()}, LocaleContextHolder.getLocale()) : "")
                + (supersedes == null ? "" : messages.getMessage("feedback.timeline.correction",
                        new Object[] {correctionReason}, LocaleContextHolder.getLocale()));
        suggestions.recordActivity(suggestion.id(), CaseAction.GIVE_FEEDBACK, command.actor(), remark);
        events.publishEvent(new FeedbackGiven(feedback.id(), suggestion.id(), reply.id(), reply.round(),
                command.deputyId(), command.satisfaction(), channel, supersedes != null, command.actor().username()));
        return feedback;
    }

    /** Records the safeguards' findings on a fresh feedback record (not on the timeline: the units must not see them). */
    private void flag(Feedback feedback, Reply reply) {
        List<Long> unitIds = assignments.of(feedback.suggestionId()).stream().map(a -> a.unitId()).distinct().toList();
        Map<Long, String> unitNames = new HashMap<>();
        unitIds.forEach(id -> unitNames.put(id, directory.unit(id).shortName()));
        Map<String, String> people = new HashMap<>();
        directory.accountsOfUnits(unitIds).forEach(a -> people.put(a.username(), a.displayName()));
        for (FeedbackSafeguards.Finding finding : FeedbackSafeguards.assess(feedback, reply.signedAt(),
                sightings.ofUnits(unitIds), unitNames, people, soonAfterReply)) {
            flags.save(new FeedbackFlag(null, feedback.id(), finding.kind(), finding.detail(), feedback.submittedAt()));
        }
    }

    /** Refuses with the reason when the deputy may not answer the case's feedback form now. */
    @Transactional(readOnly = true)
    public Reply checkCanGiveFeedback(long suggestionId, long deputyId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        FeedbackPolicies.caseHasBeenReplied(suggestion).orThrow();
        FeedbackPolicies.answersTheForm(requiredAnswerers(suggestion), answerers(suggestion), deputyId).orThrow();
        Reply reply = replyQueries.latestSigned(suggestion.id())
                .orElseThrow(() -> new RuleViolation("feedback.case.notReplied"));
        if (feedbacks.findByReplyIdOrderById(reply.id()).stream().anyMatch(f -> f.deputyId() == deputyId)) {
            throw new RuleViolation("feedback.alreadyGiven");
        }
        return reply;
    }

    /**
     * 重新办理: the office sends a case whose deputy was dissatisfied back to its lead unit; the new reply is due by
     * the re-handling window counted from today. The decision and the new deadline go on the timeline.
     */
    public LocalDate sendBackForRehandling(long suggestionId, String reason, Actor actor) {
        return sendBackForRehandling(RehandlingCommand.byTheRule(suggestionId, reason, actor));
    }

    /**
     * 重新办理 with the deadline the office set, within the bounds of the case's rules (counted from today); refused
     * beside the field that is wrong, nothing changed. The decision and the new deadline go on the timeline.
     */
    public LocalDate sendBackForRehandling(RehandlingCommand command) {
        long suggestionId = command.suggestionId();
        Suggestion suggestion = suggestions.get(suggestionId);
        FeedbackPolicies.rehandlingAfterDissatisfaction(suggestion, latestRound(suggestion)).orThrow();
        String reason = command.reason();
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "feedback.rehandling.reasonRequired");
        }
        LocalDate today = LocalDate.now(clock);
        Actor actor = command.actor();
        Deadline deadline = assignments.reopenForRehandling(suggestionId, today, command.dueOn());
        CoUnitsRecall recall = assignments.recallCoUnits(suggestionId, command.coUnitIds(), command.opinionDueOn(),
                deadline, today, actor);
        String remark = messages.getMessage("feedback.rehandling.timeline", new Object[] {deadline.due(),
                reason.strip()}, LocaleContextHolder.getLocale());
        if (!recall.isEmpty()) {
            remark += messages.getMessage("feedback.rehandling.timeline.coUnits", new Object[] {recall.unitIds()
                    .stream().map(id -> directory.unit(id).shortName()).collect(java.util.stream.Collectors.joining("、")),
                    recall.opinionDueOn()}, LocaleContextHolder.getLocale());
        }
        suggestions.reopenForRehandling(suggestionId, deadline.due(), recall.newToTheCase(), actor, remark);
        events.publishEvent(new RehandlingDecided(suggestionId, deadline.due(), reason.strip(), actor.username()));
        if (!recall.isEmpty()) {
            events.publishEvent(new CoUnitsRecalled(suggestionId, recall.unitIds(), recall.opinionDueOn(),
                    deadline.due(), reason.strip(), actor.username()));
        }
        return deadline.due();
    }

    /** Whether the office has to decide on re-handling: the deputy was dissatisfied with the latest reply. */
    @Transactional(readOnly = true)
    public boolean awaitsRehandlingDecision(long suggestionId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        return FeedbackPolicies.rehandlingAfterDissatisfaction(suggestion, latestRound(suggestion))
                instanceof cn.jianyi.shared.Decision.Allowed;
    }

    /**
     * The feedback acts open to the person on the case now, each from the decision its command checks: the deputy's
     * answer and correction, the office's paper form, re-handling decision and 办结.
     */
    @Transactional(readOnly = true)
    public FeedbackActions actionsFor(long suggestionId, CurrentUser me) {
        boolean deputy = me.deputyId() != null && me.can(Permission.FEEDBACK_SUBMIT);
        return new FeedbackActions(deputy && awaitsAnswerFrom(suggestionId, me.deputyId()),
                deputy && mayCorrect(suggestionId, me.deputyId()),
                me.can(Permission.FEEDBACK_PAPER_RECORD) && !pendingAnswerers(suggestionId).isEmpty(),
                me.can(Permission.REHANDLING_DECIDE) && awaitsRehandlingDecision(suggestionId),
                me.can(Permission.CASE_CLOSE) && isClosable(suggestionId));
    }

    /** Whether the clerk may close the case now. */
    @Transactional(readOnly = true)
    public boolean isClosable(long suggestionId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        return FeedbackPolicies.closableAfterFeedback(suggestion, requiredAnswerers(suggestion), latestRound(suggestion))
                instanceof cn.jianyi.shared.Decision.Allowed;
    }

    private String label(Satisfaction satisfaction) {
        return messages.getMessage("Satisfaction." + satisfaction.name(), null, LocaleContextHolder.getLocale());
    }

    /** 办结: the clerk closes a replied case whose latest reply the deputy accepted. */
    public void close(long suggestionId, Actor actor) {
        Suggestion suggestion = suggestions.get(suggestionId);
        FeedbackPolicies.closableAfterFeedback(suggestion, requiredAnswerers(suggestion), latestRound(suggestion))
                .orThrow();
        assignments.completeAll(suggestionId);
        suggestions.conclude(suggestionId, actor, null);
    }

    @Transactional(readOnly = true)
    public List<Feedback> of(long suggestionId) {
        return feedbacks.findBySuggestionIdOrderById(suggestionId);
    }

    /** The deputies' current answers (corrections in place of what they correct) to one reply, oldest first. */
    @Transactional(readOnly = true)
    public List<Feedback> ofReply(long replyId) {
        return Feedback.current(feedbacks.findByReplyIdOrderById(replyId));
    }

    /** The lead deputy's answer to the latest signed reply, if given. */
    @Transactional(readOnly = true)
    public Optional<Feedback> latestRoundFeedback(long suggestionId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        return latestRound(suggestion).stream().filter(f -> f.deputyId().equals(suggestion.leadDeputyId())).findFirst();
    }

    /** Every answer to the latest signed reply (one per deputy who answered). */
    @Transactional(readOnly = true)
    public List<Feedback> latestRoundFeedbacks(long suggestionId) {
        return latestRound(suggestions.get(suggestionId));
    }

    /** Whether the deputy is to answer the latest reply now (required by the rules, not yet answered). */
    @Override
    @Transactional(readOnly = true)
    public boolean awaitsAnswerFrom(long suggestionId, long deputyId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        return suggestion.status() == Suggestion.Status.REPLIED
                && requiredAnswerers(suggestion).contains(deputyId)
                && latestRound(suggestion).stream().noneMatch(f -> f.deputyId() == deputyId);
    }

    private List<Feedback> latestRound(Suggestion suggestion) {
        return replyQueries.latestSigned(suggestion.id())
                .map(reply -> Feedback.current(feedbacks.findByReplyIdOrderById(reply.id())))
                .orElse(List.of());
    }

    private FeedbackAnswerers answerers(Suggestion suggestion) {
        return ruleSets.forMeeting(suggestion.meetingId()).feedbackAnswerers();
    }

    /** Who answers: per the rules, for this suggestion and for every suggestion merged into it (并案). */
    private List<Long> requiredAnswerers(Suggestion suggestion) {
        FeedbackAnswerers answerers = answerers(suggestion);
        var required = new java.util.LinkedHashSet<Long>(FeedbackPolicies.requiredAnswerers(suggestion, answerers));
        suggestions.mergedInto(suggestion.id())
                .forEach(merged -> required.addAll(FeedbackPolicies.requiredAnswerers(merged, answerers)));
        return List.copyOf(required);
    }
}
