package cn.jianyi.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.shared.StaleVersion;
import cn.jianyi.suggestion.CongressDirectoryChanged.Subject;

/**
 * 人大与届次、会议: the administrator adds and changes congresses, their terms and meetings. Each act checks what it
 * is given (a unique full name, no congress above itself, a term or meeting number not taken, a meeting opened within
 * its term's years), refuses beside the field, and publishes {@link CongressDirectoryChanged}. A change saves over
 * the version it read (ADR 0065): one made since the form was read ({@code readVersion}), or while it ran, refuses it
 * as a concurrent change.
 */
@Service
@Transactional
public class CongressDirectory {

    private final CongressRepository congresses;
    private final CongressTermRepository terms;
    private final MeetingRepository meetings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final cn.jianyi.identity.IdentityManagement identity;

    CongressDirectory(CongressRepository congresses, CongressTermRepository terms, MeetingRepository meetings,
                      JdbcClient jdbc, ApplicationEventPublisher events, cn.jianyi.identity.IdentityManagement identity) {
        this.identity = identity;
        this.congresses = congresses;
        this.terms = terms;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Adds or changes a congress as an administrator of some congresses (ADR 0042): it must be one of theirs, and
     * the congress above it one of theirs too (unless left as it was), so that what they add stays in their scope; a
     * congress at the top only by an administrator of the whole installation.
     */
    public Congress save(SaveCongressCommand command, cn.jianyi.identity.DataScope within) {
        if (command.id() != null) {
            congress(command.id(), within);
        }
        return save(command, (Congress existing) -> {
            boolean parentKept = existing != null && Objects.equals(existing.parentId(), command.parentId());
            if (!parentKept && (command.parentId() == null ? !(within instanceof cn.jianyi.identity.DataScope.All)
                    : !within.coversCongress(command.parentId()))) {
                throw RuleViolation.onField("parentId", "directory.congress.parentOutside");
            }
        });
    }

    /** The congress if it is one of the scope's; otherwise "not found". */
    @Transactional(readOnly = true)
    public Congress congress(long id, cn.jianyi.identity.DataScope within) {
        return congresses.findById(id).filter(c -> within.coversCongress(c.id()))
                .orElseThrow(() -> new NotFoundException("congress", id));
    }

    /** The term if its congress is one of the scope's; otherwise "not found". */
    @Transactional(readOnly = true)
    public CongressTerm term(long id, cn.jianyi.identity.DataScope within) {
        return terms.findById(id).filter(t -> within.coversCongress(t.congressId()))
                .orElseThrow(() -> new NotFoundException("term", id));
    }

    /** The meeting if its congress is one of the scope's; otherwise "not found". */
    @Transactional(readOnly = true)
    public Meeting meeting(long id, cn.jianyi.identity.DataScope within) {
        Meeting meeting = meeting(id);
        term(meeting.termId(), within);
        return meeting;
    }

    /** The congresses of the scope, as {@link #congresses()} orders them. */
    @Transactional(readOnly = true)
    public List<CongressEntry> congresses(cn.jianyi.identity.DataScope within) {
        return congresses().stream().filter(e -> within.coversCongress(e.congress().id())).toList();
    }

    /** Adds a congress ({@code id} null) or changes one. */
    public Congress save(SaveCongressCommand command) {
        return save(command, existing -> { });
    }

    private Congress save(SaveCongressCommand command, java.util.function.Consumer<Congress> scopeCheck) {
        Congress existing = command.id() == null ? null : congress(command.id());
        if (existing != null) {
            StaleVersion.check("congress", existing.id(), command.readVersion(), existing.version());
        }
        boolean nameTaken = jdbc.sql("select count(*) from congresses where name = :name and id <> :id")
                .param("name", command.name()).param("id", command.id() == null ? -1L : command.id())
                .query(Long.class).single() > 0;
        List<RuleViolation> found = new ArrayList<>();   // every refusal at once (ADR 0049)
        if (nameTaken) {
            found.add(RuleViolation.onField("name", "directory.congress.nameTaken", command.name()));
        }
        if (command.parentId() != null) {
            if (congresses.findById(command.parentId()).isEmpty()) {
                found.add(RuleViolation.onField("parentId", "directory.congress.parentUnknown"));
            } else if (existing != null && abovePath(command.parentId()).contains(existing.id())) {
                found.add(RuleViolation.onField("parentId", "directory.congress.parentCycle"));
            }
        }
        if (found.stream().noneMatch(v -> "parentId".equals(v.field()))) {
            RuleViolations.attempt(found, () -> {
                scopeCheck.accept(existing);
                return null;
            });
        }
        RuleViolations.throwIfAny(found);
        Congress saved = congresses.save(new Congress(command.id(), command.name(), command.shortName(),
                command.level(), command.replyCopyTo(), command.parentId(),
                existing == null ? null : existing.version()));
        if (existing == null) {
            identity.placeUnplacedIn(saved.id());         // the first congress: the accounts made before it (ADR 0042)
        }
        events.publishEvent(new CongressDirectoryChanged(Subject.CONGRESS, saved.id(), saved.id(), saved.name(),
                existing == null, command.actor()));
        return saved;
    }

    /** Adds a term to a congress ({@code id} null) or changes one. */
    public CongressTerm save(SaveTermCommand command) {
        CongressTerm existing = command.id() == null ? null : term(command.id());
        if (existing != null) {
            StaleVersion.check("term", existing.id(), command.readVersion(), existing.version());
        }
        long congressId = existing == null ? congress(command.congressId()).id() : existing.congressId();
        boolean taken = jdbc.sql("select count(*) from congress_terms where congress_id = :c and number = :n and id <> :id")
                .param("c", congressId).param("n", command.number())
                .param("id", command.id() == null ? -1L : command.id()).query(Long.class).single() > 0;
        List<RuleViolation> found = new ArrayList<>();   // every refusal at once (ADR 0049)
        if (taken) {
            found.add(RuleViolation.onField("number", "directory.term.numberTaken", command.number()));
        }
        if (existing != null) {
            var outside = jdbc.sql("""
                    select min(opened_on) from meetings where term_id = :t
                       and (opened_on < :from or opened_on > :to)""")
                    .param("t", existing.id())
                    .param("from", java.time.LocalDate.of(command.firstYear(), 1, 1))
                    .param("to", java.time.LocalDate.of(command.lastYear(), 12, 31))
                    .query(java.time.LocalDate.class).optional();
            if (outside.isPresent() && outside.get() != null) {
                found.add(RuleViolation.onField("firstYear", "directory.term.meetingOutside", outside.get()));
            }
        }
        RuleViolations.throwIfAny(found);
        CongressTerm saved = terms.save(new CongressTerm(command.id(), congressId, command.number(),
                command.firstYear(), command.lastYear(), existing == null ? null : existing.version()));
        events.publishEvent(new CongressDirectoryChanged(Subject.TERM, saved.id(), congressId, saved.name(),
                existing == null, command.actor()));
        return saved;
    }

    /** Adds a meeting to a term ({@code id} null) or changes one. */
    public Meeting save(SaveMeetingCommand command) {
        Meeting existing = command.id() == null ? null : meeting(command.id());
        if (existing != null) {
            StaleVersion.check("meeting", existing.id(), command.readVersion(), existing.version());
        }
        CongressTerm term = term(existing == null ? command.termId() : existing.termId());
        boolean taken = jdbc.sql("select count(*) from meetings where term_id = :t and number = :n and id <> :id")
                .param("t", term.id()).param("n", command.number())
                .param("id", command.id() == null ? -1L : command.id()).query(Long.class).single() > 0;
        List<RuleViolation> found = new ArrayList<>();
        if (taken) {
            found.add(RuleViolation.onField("number", "directory.meeting.numberTaken", command.number()));
        }
        int year = command.openedOn().getYear();
        if (term.firstYear() != null && (year < term.firstYear() || year > term.lastYear())) {
            found.add(RuleViolation.onField("openedOn", "directory.meeting.outsideTerm", term.firstYear(),
                    term.lastYear()));
        }
        RuleViolations.throwIfAny(found);
        Meeting saved = meetings.save(new Meeting(command.id(), term.id(), command.number(), command.openedOn(),
                existing == null ? null : existing.version()));
        if (existing != null && !existing.openedOn().equals(saved.openedOn())) {
            // the cases carry their meeting's day for the list's order (ADR 0071): it moves with the meeting
            jdbc.sql("update suggestions set meeting_opened_on = :openedOn where meeting_id = :meetingId")
                    .param("openedOn", saved.openedOn()).param("meetingId", saved.id()).update();
            jdbc.sql("update suggestion_unit_list set meeting_opened_on = :openedOn where meeting_id = :meetingId")
                    .param("openedOn", saved.openedOn()).param("meetingId", saved.id()).update();
        }
        events.publishEvent(new CongressDirectoryChanged(Subject.MEETING, saved.id(), term.congressId(),
                cn.jianyi.shared.ChineseNumerals.of(term.number()) + "届"
                        + cn.jianyi.shared.ChineseNumerals.of(saved.number()) + "次会议",
                existing == null, command.actor()));
        return saved;
    }

    @Transactional(readOnly = true)
    public Congress congress(long id) {
        return congresses.findById(id).orElseThrow(() -> new NotFoundException("congress", id));
    }

    @Transactional(readOnly = true)
    public CongressTerm term(long id) {
        return terms.findById(id).orElseThrow(() -> new NotFoundException("term", id));
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** Every congress, each after the congress above it (a tree read top down), by name among siblings. */
    @Transactional(readOnly = true)
    public List<CongressEntry> congresses() {
        List<Congress> all = congresses.findAll().stream().sorted(Comparator.comparing(Congress::name)).toList();
        var ids = new HashSet<Long>();
        all.forEach(c -> ids.add(c.id()));
        var ordered = new ArrayList<CongressEntry>();
        all.stream().filter(c -> c.parentId() == null || !ids.contains(c.parentId()))
                .forEach(root -> addWithChildren(root, 0, all, ordered));
        return ordered;
    }

    private void addWithChildren(Congress congress, int depth, List<Congress> all, List<CongressEntry> ordered) {
        ordered.add(new CongressEntry(congress, depth));
        all.stream().filter(c -> Objects.equals(c.parentId(), congress.id()))
                .forEach(child -> addWithChildren(child, depth + 1, all, ordered));
    }

    /** A congress in the tree, with how deep it sits (0 at the top). */
    public record CongressEntry(Congress congress, int depth) {
    }

    /** The terms of a congress, latest first. */
    @Transactional(readOnly = true)
    public List<CongressTerm> termsOf(long congressId) {
        return jdbc.sql("select * from congress_terms where congress_id = :c order by number desc")
                .param("c", congressId).query(CongressTerm.class).list();
    }

    /** Every term of every congress, as a deputy's form offers them: by congress, latest term first. */
    @Transactional(readOnly = true)
    public List<TermChoice> termChoices() {
        return jdbc.sql("""
                select t.id, t.congress_id, c.short_name, t.number, t.first_year, t.last_year
                  from congress_terms t join congresses c on c.id = t.congress_id
                 order by c.name, t.number desc""")
                .query((rs, row) -> new TermChoice(rs.getLong("id"), rs.getLong("congress_id"),
                        rs.getString("short_name") + new CongressTerm(null, null, rs.getInt("number"),
                                (Integer) rs.getObject("first_year"), (Integer) rs.getObject("last_year"), null)
                                .name()))
                .list();
    }

    /** A term as offered for choice: 区人大二届（2021—2026年）. */
    public record TermChoice(long id, long congressId, String label) {
    }

    /** The meetings of a term, latest first, with how many suggestions each holds. */
    @Transactional(readOnly = true)
    public List<MeetingEntry> meetingsOf(long termId) {
        return jdbc.sql("""
                select m.id, m.number, m.opened_on, (select count(*) from suggestions s where s.meeting_id = m.id) as cases
                  from meetings m where m.term_id = :t order by m.number desc""")
                .param("t", termId).query((rs, row) -> new MeetingEntry(rs.getLong("id"), rs.getInt("number"),
                        rs.getObject("opened_on", java.time.LocalDate.class), rs.getLong("cases"))).list();
    }

    /** A meeting of a term, with the suggestions registered in it. */
    public record MeetingEntry(long id, int number, java.time.LocalDate openedOn, long cases) {

        public String name() {
            return cn.jianyi.shared.ChineseNumerals.of(number) + "次会议";
        }
    }

    /** The congress and those above it, from this one up. */
    private Set<Long> abovePath(long congressId) {
        var path = new HashSet<Long>();
        Long current = congressId;
        while (current != null && path.add(current)) {
            current = congresses.findById(current).map(Congress::parentId).orElse(null);
        }
        return path;
    }
}
