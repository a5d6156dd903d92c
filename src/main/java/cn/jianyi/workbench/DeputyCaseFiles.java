package cn.jianyi.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackActions;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.ContactRecord;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineVisibility;

/**
 * Assembles a deputy's own case page ({@link DeputyCaseView}) within her scope: only signed replies, no unit's
 * internal deliberation (the timeline as {@link TimelineVisibility} lets a deputy read it), no co-unit opinions,
 * requests or drafts.
 */
@Service
@Transactional(readOnly = true)
public class DeputyCaseFiles {

    private final SuggestionQueries queries;
    private final SuggestionManagement suggestions;
    private final ReplyQueries replyQueries;
    private final ReplyLetters letters;
    private final Commitments commitments;
    private final ContactLog contactLog;
    private final FeedbackManagement feedback;
    private final Assignments assignments;
    private final Directory directory;
    private final Clock clock;

    DeputyCaseFiles(SuggestionQueries queries, SuggestionManagement suggestions, ReplyQueries replyQueries,
                    ReplyLetters letters, Commitments commitments, ContactLog contactLog,
                    FeedbackManagement feedback, Assignments assignments, Directory directory, Clock clock) {
        this.queries = queries;
        this.suggestions = suggestions;
        this.replyQueries = replyQueries;
        this.letters = letters;
        this.commitments = commitments;
        this.contactLog = contactLog;
        this.feedback = feedback;
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
    }

    public DeputyCaseView caseFor(long id, CurrentUser me) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        Suggestion suggestion = details.suggestion();
        Map<Long, String> unitNames = new HashMap<>();
        List<Assignment> tasks = assignments.of(id).stream()
                .filter(t -> t.status() != Assignment.Status.RETURNED).toList();
        tasks.forEach(t -> unitNames.put(t.unitId(), directory.unit(t.unitId()).shortName()));
        List<Reply> signed = replyQueries.signedRepliesOf(id).stream()
                .sorted(Comparator.comparing(Reply::signedAt).reversed()).toList();
        signed.forEach(r -> unitNames.computeIfAbsent(r.unitId(), u -> directory.unit(u).shortName()));
        List<ContactRecord> contacts = contactLog.contactsOf(id);
        contacts.forEach(c -> unitNames.computeIfAbsent(c.unitId(), u -> directory.unit(u).shortName()));
        Set<Long> signedIds = signed.stream().map(Reply::id).collect(Collectors.toSet());
        List<Feedback> answers = feedback.of(id);
        Map<Long, String> deputyNames = new HashMap<>();
        answers.forEach(f -> deputyNames.computeIfAbsent(f.deputyId(), d -> directory.deputy(d).name()));
        FeedbackActions acts = feedback.actionsFor(id, me);
        Reply latest = signed.isEmpty() ? null : signed.get(0);
        return new DeputyCaseView(details, storyOf(suggestion, tasks, unitNames, latest, me), acts.giveFeedback(),
                acts.correctFeedback(),
                signed.stream().map(r -> new DeputyCaseView.ReplyItem(r, unitNames.get(r.unitId()))).toList(),
                latest == null ? null : letters.of(latest),
                commitments.commitmentsOf(id).stream().filter(c -> signedIds.contains(c.replyId())).toList(),
                answers, deputyNames, contacts, contactLog.attachmentsOf(id),
                TimelineVisibility.as(Role.DEPUTY, details.timeline()), unitNames,
                suggestion.mergedInto() == null ? null : suggestions.get(suggestion.mergedInto()).number(),
                clock.getZone());
    }

    /** Where the case stands for the deputy: who is doing what, by when. */
    private DeputyCaseView.Story storyOf(Suggestion suggestion, List<Assignment> tasks, Map<Long, String> unitNames,
                                         Reply latest, CurrentUser me) {
        List<String> answering = tasks.stream().filter(Assignment::answersDeputy)
                .map(t -> unitNames.get(t.unitId())).distinct().toList();
        List<String> helping = tasks.stream().filter(Assignment::isCoUnit)
                .map(t -> unitNames.get(t.unitId())).distinct().toList();
        LocalDate replied = latest == null ? null : latest.signedOn();
        String kind = switch (suggestion.status()) {
            case REGISTERED -> "registered";
            case ASSIGNED, REHANDLING -> null;
            case REPLIED -> feedback.awaitsAnswerFrom(suggestion.id(), me.deputyId()) ? "toRate"
                    : feedback.awaitsRehandlingDecision(suggestion.id()) ? "dissatisfied" : "replied";
            case CONCLUDED -> "concluded";
            case MERGED -> "merged";
            case WITHDRAWN -> "withdrawn";
            case ARCHIVED -> "archived";
        };
        if (kind != null) {
            return new DeputyCaseView.Story(kind, answering, helping, replied);
        }
        LocalDate due = tasks.stream().filter(t -> t.answersDeputy() && t.status().isRunning())
                .map(Assignment::dueOn).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        boolean overdue = due != null && due.isBefore(LocalDate.now(clock));
        String running = suggestion.status() == Suggestion.Status.REHANDLING ? "rehandling" : "assigned";
        return new DeputyCaseView.Story(due == null ? running + ".noDate" : overdue ? running + ".overdue" : running,
                answering, helping, due);
    }
}
