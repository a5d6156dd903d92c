package cn.jianyi.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The use cases of online submission. Every method takes the acting deputy (or clerk) and refuses a submission that
 * is not theirs as not found; each act is recorded in the submission's history in the same transaction.
 *
 * <p>Longer than 300 lines because it is the one entry point of the submission lifecycle: each of its thirteen acts is
 * a short load–transition–record use case sharing the same loading, data-scope and history helpers, and the reads
 * are one-line queries. The seam that exists, reads apart from acts, would split those helpers between two classes
 * without making either easier to follow.
 */
@Service
@Transactional
public class SubmissionManagement {

    /** How far ahead the lead deputy may set the co-signers' cut-off. */
    static final int LONGEST_COSIGN_DAYS = 30;
    private static final int REASON_LENGTH = 500;

    private final SubmissionRepository submissions;
    private final SubmissionHistory history;
    private final SuggestionManagement suggestions;
    private final Meetings meetings;
    private final Directory directory;
    private final Clock clock;
    private final int defaultCosignDays;

    SubmissionManagement(SubmissionRepository submissions, SubmissionHistory history, SuggestionManagement suggestions,
                         Meetings meetings, Directory directory, Clock clock,
                         @Value("${jianyi.submission.cosign-days:3}") int defaultCosignDays) {
        this.submissions = submissions;
        this.history = history;
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
        this.clock = clock;
        this.defaultCosignDays = defaultCosignDays;
    }

    /** 起草: a new draft for the meeting now receiving suggestions (the latest). */
    public long draft(long deputyId, Submission.Text text, Actor actor) {
        MeetingView meeting = meetings.all().stream().findFirst()
                .orElseThrow(() -> new RuleViolation("submission.meeting.none"));
        Submission.Text checked = checked(text);
        Instant now = clock.instant();
        Submission submission = submissions.save(Submission.draft(deputyId, meeting.id(), checked, now));
        history.record(submission, SubmissionAction.DRAFT, actor, now, null);
        return submission.id();
    }

    /** 修改草稿. */
    public void revise(long id, long deputyId, Submission.Text text, Actor actor) {
        Submission submission = led(id, deputyId);
        submission.revise(checked(text), clock.instant());
        submissions.save(submission);
    }

    /** 删除草稿: a draft never sent to anyone leaves no trace. */
    public void discard(long id, long deputyId) {
        Submission submission = led(id, deputyId);
        if (submission.status() != Submission.Status.DRAFT) {
            throw new RuleViolation("submission.discard.notDraft");
        }
        submissions.delete(submission);
    }

    /**
     * 邀请联名: these deputies of the lead deputy's congress are invited to co-sign until the end of the cut-off day.
     */
    public void invite(long id, long deputyId, List<Long> coSignerIds, LocalDate cutoffDay, Actor actor) {
        Submission submission = led(id, deputyId);
        List<RuleViolation> found = new ArrayList<>();   // the deputies and the date, refused together (ADR 0049)
        List<Deputy> invited = RuleViolations.attempt(found, () -> resolve(deputyId, coSignerIds));
        LocalDate today = LocalDate.now(clock);
        if (cutoffDay == null) {
            found.add(RuleViolation.onField("cutoff", "validation.required"));
        } else if (cutoffDay.isBefore(today)) {
            found.add(RuleViolation.onField("cutoff", "submission.cutoff.past"));
        } else if (cutoffDay.isAfter(today.plusDays(LONGEST_COSIGN_DAYS))) {
            found.add(RuleViolation.onField("cutoff", "submission.cutoff.tooLate", LONGEST_COSIGN_DAYS));
        }
        RuleViolations.throwIfAny(found);
        Instant now = clock.instant();
        submission.invite(invited.stream().map(Deputy::id).toList(), endOf(cutoffDay), now);
        submissions.save(submission);
        history.record(submission, SubmissionAction.INVITE, actor, now,
                "邀请" + invited.stream().map(Deputy::name).collect(Collectors.joining("、")) + "联名，"
                        + cutoffDay + " 24时前确认");
    }

    /** The cut-off day proposed to the lead deputy. */
    public LocalDate defaultCutoffDay() {
        return LocalDate.now(clock).plusDays(defaultCosignDays);
    }

    /** 撤回邀请: back to the draft; the invitations are void. */
    public void recall(long id, long deputyId, Actor actor) {
        Submission submission = led(id, deputyId);
        Instant now = clock.instant();
        submission.recall(now);
        submissions.save(submission);
        history.record(submission, SubmissionAction.RECALL, actor, now, "收回联名邀请，修改草稿");
    }

    /** 同意联名 / 谢绝联名. */
    public void answerInvitation(long id, long deputyId, boolean accepted, Actor actor) {
        Submission submission = visible(id, new DataScope.OfDeputy(deputyId));
        Instant now = clock.instant();
        submission.answer(deputyId, accepted, now);
        submissions.save(submission);
        history.record(submission, accepted ? SubmissionAction.ACCEPT_INVITATION : SubmissionAction.DECLINE_INVITATION,
                actor, now, null);
    }

    /** 提交: into the congress office's registration queue, once the deputy confirms it raises one matter. */
    public void submit(long id, long deputyId, boolean oneMatterConfirmed, Actor actor) {
        Submission submission = led(id, deputyId);
        if (!oneMatterConfirmed) {
            throw RuleViolation.onField("oneMatter", "submission.oneMatter.required");
        }
        Instant now = clock.instant();
        submission.submit(now);
        submissions.save(submission);
        List<Long> coSigners = submission.coSignerIds();
        history.record(submission, SubmissionAction.SUBMIT, actor, now,
                coSigners.isEmpty() ? null : "联名代表：" + names(coSigners));
    }

    /** 受理: registers the submission as a numbered suggestion with its accepted co-signers. */
    public long register(long id, RegisterSubmissionCommand command, Actor clerk) {
        Submission submission = load(id);
        if (submission.status() != Submission.Status.SUBMITTED) {
            throw new IllegalTransitionException(submission.status(), "register");
        }
        LocalDate received = LocalDate.ofInstant(submission.submittedAt(), clock.getZone());
        String origin = "网上提交于" + received + (submission.coSignerIds().isEmpty() ? ""
                : "，联名代表" + names(submission.coSignerIds()) + "已确认");
        long suggestionId = suggestions.register(new RegisterSuggestionCommand(command.meetingId(), command.number(),
                submission.title(), submission.content(), submission.leadDeputyId(), submission.coSignerIds(),
                command.category(), received, clerk), origin);
        Instant now = clock.instant();
        submission.registerAs(suggestionId, clerk.username(), now);
        submissions.save(submission);
        Suggestion registered = suggestions.get(suggestionId);
        history.record(submission, SubmissionAction.REGISTER, clerk, now,
                meetings.view(registered.meetingId()).name() + "第" + registered.number() + "号");
        return suggestionId;
    }

    /** 不予受理, with the reason explained to the deputy; kept as a deputy's letter (来信) if so decided. */
    public void decline(long id, NonAdmissibleReason reason, String explanation, boolean keepAsLetter, Actor clerk) {
        if (reason == null) {
            throw RuleViolation.onField("reason", "validation.select");
        }
        String text = required(explanation, "explanation");
        Submission submission = load(id);
        Instant now = clock.instant();
        submission.decline(reason, text, keepAsLetter, clerk.username(), now);
        submissions.save(submission);
        history.record(submission, keepAsLetter ? SubmissionAction.KEEP_AS_LETTER : SubmissionAction.DECLINE, clerk,
                now, text);
    }

    /**
     * 申请撤回 by the lead deputy, before assignment: withdrawn at once when alone, once every co-signer consents
     * otherwise.
     */
    public void requestWithdrawal(long id, long deputyId, String reason, Actor actor) {
        String text = required(reason, "reason");
        Submission submission = led(id, deputyId);
        requireNotAssigned(submission);
        Instant now = clock.instant();
        boolean withdrawn = submission.requestWithdrawal(text, now);
        submissions.save(submission);
        history.record(submission, SubmissionAction.REQUEST_WITHDRAWAL, actor, now, text);
        if (withdrawn) {
            completeWithdrawal(submission, actor, now);
        }
    }

    /** 同意撤回: a co-signer's consent to the lead deputy's request. */
    public void consentToWithdrawal(long id, long deputyId, Actor actor) {
        Submission submission = visible(id, new DataScope.OfDeputy(deputyId));
        requireNotAssigned(submission);
        Instant now = clock.instant();
        boolean withdrawn = submission.consentToWithdrawal(deputyId, now);
        submissions.save(submission);
        history.record(submission, SubmissionAction.CONSENT_TO_WITHDRAWAL, actor, now, null);
        if (withdrawn) {
            completeWithdrawal(submission, actor, now);
        }
    }

    /** 取消撤回申请 by the lead deputy. */
    public void cancelWithdrawal(long id, long deputyId, Actor actor) {
        Submission submission = led(id, deputyId);
        submission.cancelWithdrawal();
        submissions.save(submission);
        history.record(submission, SubmissionAction.CANCEL_WITHDRAWAL, actor, clock.instant(), null);
    }

    /** A pending withdrawal lapses when the case is assigned before every co-signer consented. */
    void withdrawalOvertakenByAssignment(long suggestionId) {
        submissions.findBySuggestionId(suggestionId).filter(Submission::isWithdrawalRequested).ifPresent(s -> {
            s.cancelWithdrawal();
            submissions.save(s);
            history.record(s, SubmissionAction.CANCEL_WITHDRAWAL, Actor.system(), clock.instant(),
                    "建议已交办，撤回申请失效");
        });
    }

    private void completeWithdrawal(Submission submission, Actor actor, Instant now) {
        history.record(submission, SubmissionAction.WITHDRAW, actor, now, submission.withdrawalReason());
        if (submission.suggestionId() != null) {
            suggestions.withdraw(submission.suggestionId(), actor, "代表撤回：" + submission.withdrawalReason());
        }
    }

    private void requireNotAssigned(Submission submission) {
        if (submission.suggestionId() != null
                && suggestions.get(submission.suggestionId()).status() != Suggestion.Status.REGISTERED) {
            throw new RuleViolation("submission.withdrawal.assigned");
        }
    }

    // ---- queries ----

    /** A submission as the person may see it: 404 otherwise. */
    @Transactional(readOnly = true)
    public Submission visible(long id, DataScope scope) {
        Submission submission = load(id);
        if (!isVisible(submission, scope) || !inCongresses(submission, scope)) {
            throw new NotFoundException("submission", id);
        }
        return submission;
    }

    /** The deputy's own submissions and those they are invited to co-sign, newest first. */
    @Transactional(readOnly = true)
    public List<Submission> concerning(long deputyId) {
        return submissions.concerning(deputyId).stream()
                .filter(s -> isVisible(s, new DataScope.OfDeputy(deputyId))).toList();
    }

    /** 待受理: the registration queue within the office's congresses, oldest first. */
    @Transactional(readOnly = true)
    public List<Submission> queue(DataScope scope) {
        return submissions.findByStatusOrderBySubmittedAtAscIdAsc(Submission.Status.SUBMITTED).stream()
                .filter(s -> inCongresses(s, scope)).toList();
    }

    /** How many submissions wait in the registration queue within the office's congresses. */
    @Transactional(readOnly = true)
    public long queueSize(DataScope scope) {
        return queue(scope).size();
    }

    /** 代表来信: declined submissions kept as letters within the office's congresses, oldest first. */
    @Transactional(readOnly = true)
    public List<Submission> letters(DataScope scope) {
        return submissions.findByStatusOrderBySubmittedAtAscIdAsc(Submission.Status.LETTER).stream()
                .filter(s -> inCongresses(s, scope)).toList();
    }

    /** For an office scope of congresses (ADR 0042): whether the submission's meeting is one of theirs. */
    private boolean inCongresses(Submission submission, DataScope scope) {
        return !(scope instanceof DataScope.OfCongresses)
                || meetings.find(submission.meetingId()).map(m -> scope.coversCongress(m.congressId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<SubmissionEvent> historyOf(long id, DataScope scope) {
        visible(id, scope);
        return history.of(id);
    }

    /** The online submission a case came from, if any. */
    @Transactional(readOnly = true)
    public Optional<Submission> ofSuggestion(long suggestionId) {
        return submissions.findBySuggestionId(suggestionId);
    }

    /**
     * Who sees a submission: its lead deputy always; invited deputies once invited; the congress office and the
     * supervision office once submitted; units never.
     */
    static boolean isVisible(Submission submission, DataScope scope) {
        if (scope instanceof DataScope.OfDeputy deputy) {
            return submission.leadDeputyId() == deputy.deputyId()
                    || submission.status() != Submission.Status.DRAFT && submission.concerns(deputy.deputyId());
        }
        return (scope instanceof DataScope.All || scope instanceof DataScope.OfCongresses)
                && submission.submittedAt() != null;
    }

    private Submission led(long id, long deputyId) {
        Submission submission = load(id);
        if (submission.leadDeputyId() != deputyId) {
            if (isVisible(submission, new DataScope.OfDeputy(deputyId))) {
                throw new RuleViolation("submission.leadOnly");
            }
            throw new NotFoundException("submission", id);
        }
        return submission;
    }

    private Submission load(long id) {
        return submissions.findById(id).orElseThrow(() -> new NotFoundException("submission", id));
    }

    private Submission.Text checked(Submission.Text text) {
        String title = text.title() == null ? "" : text.title().strip();
        String content = text.content() == null ? "" : text.content().strip();
        String unit = text.proposedUnit() == null || text.proposedUnit().isBlank() ? null : text.proposedUnit().strip();
        List<RuleViolation> found = new ArrayList<>();
        if (title.isEmpty()) {
            found.add(RuleViolation.onField("title", "submission.title.required"));
        } else if (title.length() > Submission.TITLE_LENGTH) {
            found.add(RuleViolation.onField("title", "submission.tooLong", String.valueOf(Submission.TITLE_LENGTH),
                    String.valueOf(title.length())));
        }
        if (content.length() > Submission.CONTENT_LENGTH) {
            found.add(RuleViolation.onField("content", "submission.tooLong", String.valueOf(Submission.CONTENT_LENGTH),
                    String.valueOf(content.length())));
        }
        if (unit != null && unit.length() > 100) {
            found.add(RuleViolation.onField("proposedUnit", "submission.tooLong", "100", String.valueOf(unit.length())));
        }
        RuleViolations.throwIfAny(found);
        return new Submission.Text(title, content, text.category(), unit);
    }

    /**
     * The deputies a lead deputy may invite to co-sign: the active deputies of her congress but herself, by name (the
     * 邀请联名 form's choices).
     */
    @Transactional(readOnly = true)
    public List<Deputy> coSignerChoices(long leadDeputyId) {
        Long congressId = directory.deputy(leadDeputyId).congressId();
        return directory.deputies().stream()
                .filter(d -> d.active() && Objects.equals(d.congressId(), congressId) && d.id() != leadDeputyId)
                .sorted(Comparator.comparing(Deputy::name)).toList();
    }

    /**
     * The invited deputies, each an active deputy of the lead deputy's congress (the form's choices); any other is
     * refused beside the field.
     */
    private List<Deputy> resolve(long leadDeputyId, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw RuleViolation.onField("coSignerIds", "submission.coSigners.none");
        }
        Long congressId = directory.deputy(leadDeputyId).congressId();
        var found = new ArrayList<Deputy>();
        for (Long id : ids) {
            found.add(directory.findDeputy(id).filter(d -> d.active() && Objects.equals(d.congressId(), congressId))
                    .orElseThrow(() -> RuleViolation.onField("coSignerIds", "submission.coSigners.unknown")));
        }
        return found;
    }

    private String names(List<Long> deputyIds) {
        return deputyIds.stream().map(d -> directory.deputy(d).name()).collect(Collectors.joining("、"));
    }

    private Instant endOf(LocalDate day) {
        ZoneId zone = clock.getZone();
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (text.strip().length() > REASON_LENGTH) {
            throw RuleViolation.onField(field, "submission.tooLong", String.valueOf(REASON_LENGTH),
                    String.valueOf(text.strip().length()));
        }
        return text.strip();
    }
}
