package cn.jianyi.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.CalendarChanged;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/**
 * The publication use cases (ADR 0057): a record per signed reply, the clerk's preparation of the public copy, the
 * decision with the copy materialised, and withdrawal. Every step the clerk takes is written on the case's timeline
 * in its transaction. Records are reached within the reader's data scope only; outside it they do not exist (404).
 */
@Service
public class Publications {

    private final PublicationRepository publications;
    private final RedactionRules rules;
    private final PublicCopyStore copies;
    private final JdbcClient jdbc;
    private final SuggestionManagement cases;
    private final SuggestionQueries caseQueries;
    private final ReplyQueries replies;
    private final RuleSets ruleSets;
    private final WorkingDays workingDays;
    private final Meetings meetings;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PublicRatings ratings;

    Publications(PublicationRepository publications, RedactionRules rules, PublicCopyStore copies,
                 PublicRatings ratings, JdbcClient jdbc, SuggestionManagement cases,
                 SuggestionQueries caseQueries, ReplyQueries replies, RuleSets ruleSets, WorkingDays workingDays,
                 Meetings meetings, Directory directory, MessageSource messages, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.ratings = ratings;
        this.publications = publications;
        this.rules = rules;
        this.copies = copies;
        this.jdbc = jdbc;
        this.cases = cases;
        this.caseQueries = caseQueries;
        this.replies = replies;
        this.ruleSets = ruleSets;
        this.workingDays = workingDays;
        this.meetings = meetings;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** 签发: the reply gets its publication record in the signing transaction (ADR 0031). */
    @EventListener
    void on(ReplySigned event) {
        open(event.replyId());
    }

    /** A calendar change moves the deadlines of the records still pending, as it moves every deadline. */
    @EventListener
    @Transactional
    void on(CalendarChanged event) {
        for (Publication p : publications.findByStatus(Publication.Status.PENDING)) {
            LocalDate due = dueOn(p.meetingId(), p.signedOn());
            if (!due.equals(p.dueOn())) {
                jdbc.sql("update publications set due_on = :due, version = version + 1 where id = :id and status = 'PENDING'")
                        .param("due", due).param("id", p.id()).update();
            }
        }
    }

    /**
     * The record of a signed reply, created pending with its deadline (the signing date plus the congress's
     * publication window on the working-day calendar) if it has none yet.
     */
    @Transactional
    public Publication open(long replyId) {
        return publications.findByReplyId(replyId).orElseGet(() -> {
            Reply reply = replies.find(replyId).orElseThrow(() -> new NotFoundException("reply", replyId));
            if (!reply.isSigned()) {
                throw new RuleViolation("publication.reply.unsigned");
            }
            Suggestion suggestion = cases.get(reply.suggestionId());
            return publications.save(Publication.due(replyId, suggestion.id(), reply.unitId(), suggestion.meetingId(),
                    reply.signedOn(), dueOn(suggestion.meetingId(), reply.signedOn())));
        });
    }

    /**
     * Backfill: every signed reply without a record gets one (replies signed before the module existed). Runs at
     * start ({@link PublicationBackfill}); creates nothing the second time.
     */
    @Transactional
    public int openMissing() {
        List<Long> missing = jdbc.sql("""
                        select r.id from replies r where r.status = 'SIGNED'
                           and not exists (select 1 from publications p where p.reply_id = r.id) order by r.id""")
                .query(Long.class).list();
        missing.forEach(this::open);
        return missing.size();
    }

    private LocalDate dueOn(long meetingId, LocalDate signedOn) {
        return workingDays.deadline(signedOn, ruleSets.forMeeting(meetingId).publication()).due();
    }

    /** The record, if its case lies in the scope; otherwise {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Publication get(long publicationId, DataScope scope) {
        return publications.findById(publicationId)
                .filter(p -> caseQueries.isVisible(p.suggestionId(), scope))
                .orElseThrow(() -> new NotFoundException("publication", publicationId));
    }

    /**
     * The record of a reply in the scope. A draft has none: a decision on it is refused (a reply in the scope that is
     * not signed: {@code publication.reply.unsigned}).
     */
    @Transactional(readOnly = true)
    public Publication ofReply(long replyId, DataScope scope) {
        Reply reply = replies.find(replyId).filter(r -> caseQueries.isVisible(r.suggestionId(), scope))
                .orElseThrow(() -> new NotFoundException("reply", replyId));
        if (!reply.isSigned()) {
            throw new RuleViolation("publication.reply.unsigned");
        }
        return publications.findByReplyId(replyId).orElseThrow(() -> new NotFoundException("publication", replyId));
    }

    /** The records of a case, for its page. */
    @Transactional(readOnly = true)
    public List<Publication> ofCase(long suggestionId) {
        return publications.findBySuggestionIdOrderById(suggestionId);
    }

    /** The prepare page's content. */
    @Transactional(readOnly = true)
    public Preparation prepare(long publicationId, DataScope scope) {
        Publication publication = get(publicationId, scope);
        Reply reply = replies.find(publication.replyId()).orElseThrow();
        Suggestion suggestion = cases.get(publication.suggestionId());
        MeetingView meeting = meetings.view(suggestion.meetingId());
        RedactionPlan plan = planOf(publication, reply, suggestion);
        var marks = marksOf(publicationId).stream().map(m -> new Preparation.MarkRow(m.id(), m.passage(),
                m.category(), markAuthor(m.id()), (int) plan.all().stream()
                        .filter(r -> r.markId() != null && r.markId() == m.id()).count())).toList();
        return new Preparation(publication, suggestion.number(), meeting.name(),
                directory.deputy(suggestion.leadDeputyId()).name(), reply.documentNumber().toString(),
                reply.signedLetterhead().fullName(), reply.title(), reply.salutation(), contactLine(reply),
                reply.publicity(), plan, marks, exemptionRows(publicationId), disclosureFor(publication.meetingId()),
                suggestion.content());
    }

    /** 撤销自动删除: one automatic match stays in the public copy. */
    @Transactional
    public void undo(long publicationId, TextField field, int start, DataScope scope, Actor actor) {
        Publication publication = get(publicationId, scope);
        publication.requireAwaitingDecision("undo");
        RedactionPlan plan = planOf(publication);
        Redaction match = plan.redactionsOf(field).stream()
                .filter(r -> r.isAutomatic() && r.start() == start).findFirst()
                .orElseThrow(() -> new RuleViolation("publication.undo.noMatch"));
        jdbc.sql("""
                        insert into publication_exemptions (publication_id, field, start_at, matched, created_by, created_at)
                        values (:publication, :field, :start, :matched, :by, :at)""")
                .param("publication", publicationId).param("field", field.name()).param("start", start)
                .param("matched", match.original()).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        touch(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, actor, text("publication.timeline.undo",
                label("RedactionKind." + match.kind()), label("TextField." + field)));
    }

    /** 恢复自动删除: an undone match is removed again. */
    @Transactional
    public void redo(long publicationId, long exemptionId, DataScope scope, Actor actor) {
        Publication publication = get(publicationId, scope);
        publication.requireAwaitingDecision("redo");
        var row = exemptionRows(publicationId).stream().filter(e -> e.id() == exemptionId).findFirst()
                .orElseThrow(() -> new NotFoundException("exemption", exemptionId));
        jdbc.sql("delete from publication_exemptions where id = :id").param("id", exemptionId).update();
        touch(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, actor,
                text("publication.timeline.redo", label("TextField." + row.field())));
    }

    /** 人工删除: a passage the clerk marked, removed wherever it occurs; refused beside its field. */
    @Transactional
    public long mark(MarkPassageCommand command, DataScope scope) {
        Publication publication = get(command.publicationId(), scope);
        publication.requireAwaitingDecision("mark");
        var found = new ArrayList<RuleViolation>();
        if (command.category() == null) {
            found.add(RuleViolation.onField("category", "publication.mark.categoryRequired"));
        }
        if (command.passage() == null) {
            found.add(RuleViolation.onField("passage", "publication.mark.passageRequired"));
        } else if (command.passage().length() > 500) {
            found.add(RuleViolation.onField("passage", "publication.mark.passageTooLong", 500));
        } else if (command.passage().codePointCount(0, command.passage().length()) < 2) {
            found.add(RuleViolation.onField("passage", "publication.mark.passageTooShort"));
        } else if (textsOf(publication).entrySet().stream().filter(e -> e.getKey() != TextField.CONTACT_LINE)
                .noneMatch(e -> e.getValue().contains(command.passage()))) {
            found.add(RuleViolation.onField("passage", "publication.mark.passageNotFound"));
        }
        RuleViolations.throwIfAny(found);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into publication_marks (publication_id, passage, category, created_by, created_at)
                        values (:publication, :passage, :category, :by, :at)""")
                .param("publication", publication.id()).param("passage", command.passage())
                .param("category", command.category().name()).param("by", command.actor().username())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        touch(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, command.actor(), text("publication.timeline.mark",
                label("WithholdingGround." + command.category()), command.passage().length()));
        return id;
    }

    /** 取消人工删除. */
    @Transactional
    public void unmark(long publicationId, long markId, DataScope scope, Actor actor) {
        Publication publication = get(publicationId, scope);
        publication.requireAwaitingDecision("unmark");
        RedactionPlan.Mark mark = marksOf(publicationId).stream().filter(m -> m.id() == markId).findFirst()
                .orElseThrow(() -> new NotFoundException("mark", markId));
        jdbc.sql("delete from publication_marks where id = :id").param("id", markId).update();
        touch(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, actor,
                text("publication.timeline.unmark", label("WithholdingGround." + mark.category())));
    }

    /** 代表意愿: what the deputy said, one input of the decision. */
    @Transactional
    public void recordDeputyWish(long publicationId, DeputyWish wish, String note, DataScope scope, Actor actor) {
        if (wish == null) {
            throw RuleViolation.onField("wish", "publication.wish.required");
        }
        if (note != null && note.strip().length() > 500) {
            throw RuleViolation.onField("note", "publication.wish.noteTooLong", 500);
        }
        Publication publication = get(publicationId, scope);
        publication.recordDeputyWish(wish, note);
        publications.save(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, actor,
                text("publication.timeline.wish", label("DeputyWish." + wish))
                        + (publication.deputyWishNote() == null ? "" : "：" + publication.deputyWishNote()));
    }

    /** 建议摘要: the office writes the summary that the public copy shows where the rules publish a summary. */
    @Transactional
    public void summarise(long publicationId, String summary, DataScope scope, Actor actor) {
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        if (text == null) {
            throw RuleViolation.onField("summary", "publication.summary.required");
        }
        if (text.length() > SUMMARY_LIMIT) {
            throw RuleViolation.onField("summary", "publication.summary.tooLong", SUMMARY_LIMIT);
        }
        Publication publication = get(publicationId, scope);
        publication.summarise(text);
        publications.save(publication);
        record(publication, CaseAction.PREPARE_PUBLICATION, actor, text("publication.timeline.summary"));
    }

    /** The longest summary (建议摘要) the office may write. */
    public static final int SUMMARY_LIMIT = 2000;

    /** What the public copy of a meeting's cases shows beyond the reply, as the rules in force say. */
    @Transactional(readOnly = true)
    public cn.jianyi.rules.PublicDisclosure disclosureFor(long meetingId) {
        return ruleSets.forMeeting(meetingId).disclosure();
    }

    /**
     * 公开 / 部分公开 / 不予公开. A public decision materialises the public copy (redacted texts and the list of what
     * was removed) in the same transaction; 不予公开 writes none. Refused beside the field: no outcome, no category or
     * reason for 不予公开, no reason or no mark for 部分公开; refused whole: a rule that ran out of its time budget.
     */
    @Transactional
    public Publication decide(DecidePublicationCommand command, DataScope scope) {
        Publication publication = get(command.publicationId(), scope);
        publication.requireAwaitingDecision("decide");
        var found = new ArrayList<RuleViolation>();
        if (command.outcome() == null) {
            found.add(RuleViolation.onField("outcome", "publication.decision.outcomeRequired"));
        } else if (command.outcome() == DecidePublicationCommand.Outcome.WITHHOLD) {
            if (command.ground() == null) {
                found.add(RuleViolation.onField("ground", "publication.decision.groundRequired"));
            }
            if (command.reason() == null) {
                found.add(RuleViolation.onField("reason", "publication.decision.reasonRequired"));
            }
        } else if (command.outcome() == DecidePublicationCommand.Outcome.PUBLISH_IN_PART) {
            if (command.reason() == null) {
                found.add(RuleViolation.onField("reason", "publication.decision.partReasonRequired"));
            }
            if (marksOf(publication.id()).isEmpty()) {
                found.add(RuleViolation.onField("outcome", "publication.decision.partNeedsMark"));
            }
        }
        if (command.outcome() != null && command.outcome() != DecidePublicationCommand.Outcome.WITHHOLD
                && disclosureFor(publication.meetingId()).summaryOnly() && publication.summary() == null) {
            found.add(RuleViolation.onField("outcome", "publication.decision.summaryRequired"));
        }
        if (command.reason() != null && command.reason().length() > 1000) {
            found.add(RuleViolation.onField("reason", "publication.decision.reasonTooLong", 1000));
        }
        RuleViolations.throwIfAny(found);
        String by = command.actor().username();
        var at = clock.instant();
        String remark;
        switch (command.outcome()) {
            case WITHHOLD -> {
                publication.withhold(command.ground(), command.reason(), by, at);
                remark = text("publication.timeline.withheld", label("WithholdingGround." + command.ground()),
                        command.reason());
            }
            case PUBLISH_IN_PART -> {
                publication.publishInPart(command.reason(), by, at);
                remark = text("publication.timeline.partly", materialise(publication), command.reason());
            }
            default -> {
                publication.publish(by, at);
                remark = text("publication.timeline.published", materialise(publication));
            }
        }
        Publication saved = publications.save(publication);
        record(saved, CaseAction.DECIDE_PUBLICATION, command.actor(), remark);
        if (saved.status() != Publication.Status.WITHHELD) {
            events.publishEvent(new PublicationPublished(saved.id()));
        }
        return saved;
    }

    /** 撤回公开: the public copy is deleted with its list of removals; the record can be decided again. */
    @Transactional
    public Publication withdraw(long publicationId, String reason, DataScope scope, Actor actor) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw RuleViolation.onField("reason", "publication.withdraw.reasonRequired");
        }
        if (why.length() > 1000) {
            throw RuleViolation.onField("reason", "publication.decision.reasonTooLong", 1000);
        }
        Publication publication = get(publicationId, scope);
        publication.withdraw(why, actor.username(), clock.instant());
        copies.delete(publicationId);
        Publication saved = publications.save(publication);
        record(saved, CaseAction.WITHDRAW_PUBLICATION, actor, text("publication.timeline.withdrawn", why));
        events.publishEvent(new PublicationWithdrawn(saved.id()));
        return saved;
    }

    /** Writes the public copy of a record; returns how many spans were removed. */
    private int materialise(Publication publication) {
        Reply reply = replies.find(publication.replyId()).orElseThrow();
        Suggestion suggestion = cases.get(publication.suggestionId());
        RedactionPlan plan = planOf(publication, reply, suggestion);
        if (!plan.failedRules().isEmpty()) {
            throw new RuleViolation("publication.rule.failed", plan.failedRules().get(0).pattern());
        }
        return copies.write(publication, reply, suggestion, meetings.view(suggestion.meetingId()).congressId(),
                directory.deputy(suggestion.leadDeputyId()).name(), plan, disclosureFor(publication.meetingId()),
                ratings.current(reply.id(), suggestion.leadDeputyId()));
    }

    /** The plan of what the public copy of a record removes, as things stand. */
    @Transactional(readOnly = true)
    public RedactionPlan planOf(Publication publication) {
        return planOf(publication, replies.find(publication.replyId()).orElseThrow(),
                cases.get(publication.suggestionId()));
    }

    private RedactionPlan planOf(Publication publication, Reply reply, Suggestion suggestion) {
        long congressId = meetings.view(suggestion.meetingId()).congressId();
        return RedactionPlan.of(texts(publication, reply, suggestion), rules.applying(congressId, reply.unitId()),
                marksOf(publication.id()), exemptionRows(publication.id()).stream()
                        .map(e -> new RedactionPlan.Exemption(e.field(), e.start(), e.matched())).toList());
    }

    private Map<TextField, String> textsOf(Publication publication) {
        return texts(publication, replies.find(publication.replyId()).orElseThrow(),
                cases.get(publication.suggestionId()));
    }

    /**
     * The texts the public copy is made of: the suggestion's own text, or the office's summary where the rules
     * publish a summary (empty until it is written).
     */
    private Map<TextField, String> texts(Publication publication, Reply reply, Suggestion suggestion) {
        var texts = new EnumMap<TextField, String>(TextField.class);
        texts.put(TextField.SUGGESTION_TITLE, suggestion.title());
        texts.put(TextField.SUGGESTION_TEXT, disclosureFor(publication.meetingId()).summaryOnly()
                ? nullToEmpty(publication.summary()) : suggestion.content());
        texts.put(TextField.REPLY_BODY, reply.body());
        texts.put(TextField.CONTACT_LINE, contactLine(reply));
        return texts;
    }

    /** 联系单位及电话 as the letter prints it. */
    static String contactLine(Reply reply) {
        return "联系单位及电话：" + nullToEmpty(reply.contactUnit()) + " " + nullToEmpty(reply.contactPhone())
                + (reply.postcode() == null || reply.postcode().isBlank() ? "" : "，邮政编码：" + reply.postcode());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private List<RedactionPlan.Mark> marksOf(long publicationId) {
        return jdbc.sql("select id, passage, category from publication_marks where publication_id = :id order by id")
                .param("id", publicationId)
                .query((rs, n) -> new RedactionPlan.Mark(rs.getLong("id"), rs.getString("passage"),
                        WithholdingGround.valueOf(rs.getString("category"))))
                .list();
    }

    private String markAuthor(long markId) {
        return jdbc.sql("select created_by from publication_marks where id = :id").param("id", markId)
                .query(String.class).single();
    }

    private List<Preparation.ExemptionRow> exemptionRows(long publicationId) {
        return jdbc.sql("""
                        select id, field, start_at, matched, created_by from publication_exemptions
                         where publication_id = :id order by field, start_at""")
                .param("id", publicationId)
                .query((rs, n) -> new Preparation.ExemptionRow(rs.getLong("id"), TextField.valueOf(rs.getString("field")),
                        rs.getInt("start_at"), rs.getString("matched"), rs.getString("created_by")))
                .list();
    }

    /** Bumps the record's version, so two clerks preparing one copy at once do not both decide on a stale plan. */
    private void touch(Publication publication) {
        publications.save(publication);
    }

    private void record(Publication publication, CaseAction action, Actor actor, String remark) {
        cases.recordActivity(publication.suggestionId(), action, actor, remark, publication.unitId());
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.getDefault());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.getDefault());
    }
}
