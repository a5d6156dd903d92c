package cn.jianyi.suggestion;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.NotFoundException;

/** Congresses, terms and meetings: set-up and look-up. */
@Service
@Transactional
public class Meetings {

    private static final String VIEW = """
            select m.id, c.id as congress_id, c.name as congress_name, c.short_name as congress_short_name, t.number as term, m.number as meeting,
                   m.opened_on, c.reply_copy_to
              from meetings m join congress_terms t on t.id = m.term_id join congresses c on c.id = t.congress_id
            """;

    private final CongressRepository congresses;
    private final CongressTermRepository terms;
    private final MeetingRepository meetings;
    private final JdbcClient jdbc;

    Meetings(CongressRepository congresses, CongressTermRepository terms, MeetingRepository meetings, JdbcClient jdbc) {
        this.congresses = congresses;
        this.terms = terms;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    public Congress addCongress(String name, String shortName, CongressLevel level, String replyCopyTo) {
        return addCongress(name, shortName, level, replyCopyTo, null);
    }

    /** A congress below another (demo data and tests; the directory's use case checks input). */
    public Congress addCongress(String name, String shortName, CongressLevel level, String replyCopyTo, Long parentId) {
        return congresses.save(new Congress(null, name, shortName, level, replyCopyTo, parentId, null));
    }

    /** Every congress, by name. */
    public List<Congress> congresses() {
        return congresses.findAll().stream().sorted(java.util.Comparator.comparing(Congress::name)).toList();
    }

    /** A congress by id. */
    @Transactional(readOnly = true)
    public Congress congress(long id) {
        return congresses.findById(id).orElseThrow(() -> new NotFoundException("congress", id));
    }

    /** The congress whose id is given as text, or the first by name when it names none (null when there are none). */
    @Transactional(readOnly = true)
    public Congress congressOrFirst(String id) {
        List<Congress> all = congresses();
        return all.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    public CongressTerm addTerm(long congressId, int number) {
        return terms.save(new CongressTerm(null, congressId, number, null, null, null));
    }

    /** A term with its years, e.g. 二届 2021–2026 (demo data and tests; the directory's use case checks input). */
    public CongressTerm addTerm(long congressId, int number, int firstYear, int lastYear) {
        return terms.save(new CongressTerm(null, congressId, number, firstYear, lastYear, null));
    }

    public MeetingView addMeeting(long termId, int number, java.time.LocalDate openedOn) {
        return view(meetings.save(new Meeting(null, termId, number, openedOn, null)).id());
    }

    /**
     * The meeting of the congress with the given term and meeting numbers, set up (term, then meeting, opened on the
     * date given) when the congress does not have it yet; used by the import of historical letters.
     */
    public MeetingView meetingOf(long congressId, int term, int meeting, java.time.LocalDate openedOn) {
        Long termId = jdbc.sql("select id from congress_terms where congress_id = :congress and number = :term")
                .param("congress", congressId).param("term", term).query(Long.class).optional()
                .orElseGet(() -> addTerm(congressId, term).id());
        return jdbc.sql(VIEW + " where m.term_id = :term and m.number = :meeting").param("term", termId)
                .param("meeting", meeting).query(Meetings::view).optional()
                .orElseGet(() -> addMeeting(termId, meeting, openedOn));
    }

    @Transactional(readOnly = true)
    public List<MeetingView> all() {
        return jdbc.sql(VIEW + " order by m.opened_on desc, m.id desc").query(Meetings::view).list();
    }

    /**
     * The meetings of the scope's congresses (ADR 0042), latest first: every meeting for {@link DataScope.All}, those
     * of the listed congresses for {@link DataScope.OfCongresses}, none for a unit's or deputy's scope.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> within(DataScope scope) {
        return all().stream().filter(m -> scope.coversCongress(m.congressId())).toList();
    }

    /** The meeting if it belongs to one of the scope's congresses; otherwise "not found" (ADR 0042). */
    @Transactional(readOnly = true)
    public MeetingView viewWithin(long id, DataScope scope) {
        return find(id).filter(m -> scope.coversCongress(m.congressId()))
                .orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The congress of the scope the id names, or the scope's first by name (null when the scope has none). */
    @Transactional(readOnly = true)
    public Congress congressOrFirst(String id, DataScope scope) {
        List<Congress> within = congressesWithin(scope);
        return within.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst()
                .orElse(within.isEmpty() ? null : within.get(0));
    }

    /** The congress if it is one of the scope's; otherwise "not found" (ADR 0042). */
    @Transactional(readOnly = true)
    public Congress congressWithin(long id, DataScope scope) {
        return congresses.findById(id).filter(c -> scope.coversCongress(c.id()))
                .orElseThrow(() -> new NotFoundException("congress", id));
    }

    /** The congresses of the scope, by name. */
    @Transactional(readOnly = true)
    public List<Congress> congressesWithin(DataScope scope) {
        return congresses().stream().filter(c -> scope.coversCongress(c.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MeetingView> find(long id) {
        return jdbc.sql(VIEW + " where m.id = :id").param("id", id).query(Meetings::view).optional();
    }

    @Transactional(readOnly = true)
    public MeetingView view(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    private static MeetingView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MeetingView(rs.getLong("id"), rs.getLong("congress_id"), rs.getString("congress_name"),
                rs.getString("congress_short_name"), rs.getInt("term"), rs.getInt("meeting"),
                rs.getObject("opened_on", java.time.LocalDate.class), rs.getString("reply_copy_to"));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return congresses.count() == 0;
    }
}
