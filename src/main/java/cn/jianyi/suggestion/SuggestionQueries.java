package cn.jianyi.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;

/**
 * Read side of the case files. Every query takes the caller's {@link DataScope} and applies it in SQL with bound
 * parameters, so a record outside the scope is never loaded: it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class SuggestionQueries {

    /** The most cases a list counts unless {@code jianyi.list.count-cap} says otherwise (ADR 0071). */
    public static final int COUNT_CAP = 10_000;

    private static final String SELECT = """
            select s.id, t.number as term, m.number as meeting, s.number, s.title, d.name as lead_deputy_name,
                   s.category, s.status, s.received_on, u.short_name as lead_unit_name, lu.due_on, s.key_leader,
                   s.lead_deputy_id
            """;

    /** What a list row reads beside the case ({@code s}): its meeting, term, lead deputy, lead unit and its name. */
    private static final String JOINS = """
             join meetings m on m.id = s.meeting_id
             join congress_terms t on t.id = m.term_id
             join deputies d on d.id = s.lead_deputy_id
             left join suggestion_units lu on lu.suggestion_id = s.id and (lu.role = 'LEAD' or lu.role = 'SEPARATE'
                   and lu.unit_id = (select min(fs.unit_id) from suggestion_units fs
                                      where fs.suggestion_id = s.id and fs.role = 'SEPARATE'))
             left join units u on u.id = lu.unit_id
            """;

    private static final String FROM = " from suggestions s\n" + JOINS;

    /**
     * The order of every case list: the latest meeting first, then by number. On the case's copy of its meeting's
     * opening day (V46, ADR 0071), which an index gives, so that a page reads one page of rows.
     */
    private static final String LIST_ORDER = " order by s.meeting_opened_on desc, s.meeting_id desc, s.number";

    private final JdbcClient jdbc;
    private final SuggestionRepository suggestions;
    private final Meetings meetings;
    private final Directory directory;
    private final CaseTimeline timeline;
    private final int countCap;

    SuggestionQueries(JdbcClient jdbc, SuggestionRepository suggestions, Meetings meetings, Directory directory,
                      CaseTimeline timeline, @Value("${jianyi.list.count-cap:" + COUNT_CAP + "}") int countCap) {
        this.jdbc = jdbc;
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
        this.timeline = timeline;
        this.countCap = Math.max(1, countCap);
    }

    /**
     * One page of the case list (建议列表): the cases the filter matches inside the scope, newest meeting first, then by
     * number. The count stops at the cap ({@code jianyi.list.count-cap}, 10,000): beyond it the page says so
     * ({@link PageOf#totalCapped()}) and pages up to the cap; the filters narrow a list, the export reads all of it
     * ({@link #forEachMatching}). A page number beyond the last gives the last page, below 1 the first (ADR 0071).
     */
    public PageOf<SuggestionSummary> search(SuggestionFilter filter, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        params.put("countCap", countCap + 1);
        long counted = jdbc.sql("select count(*) from (select 1 as one" + filtered(filter) + where
                        + " limit :countCap) capped")
                .params(params).query(Long.class).single();
        boolean capped = counted > countCap;
        long total = capped ? countCap : counted;
        int safeSize = Math.max(1, Math.min(size, 100));
        int pages = (int) Math.max(1, (total + safeSize - 1) / safeSize);
        int safePage = Math.max(1, Math.min(page, pages));
        int offset = (safePage - 1) * safeSize;
        params.put("limit", (int) Math.min(safeSize, total - offset));      // the last page stops at the cap
        params.put("offset", offset);
        // the page's ids first, read along an index in the list's order and stopping after the page; then the
        // where clause (the data scope included) again and the joins, for those rows only
        List<SuggestionSummary> items = jdbc.sql(SELECT + " from (" + pageIds(filter, scope, where, params)
                        + " limit :limit offset :offset) listed join suggestions s on s.id = listed.id\n" + JOINS
                        + where + listOrder(filter))
                .params(params).query(SuggestionQueries::summary).list();
        return new PageOf<>(items, safePage, safeSize, total, capped);
    }

    /**
     * The ids of the filter's cases in the list's order, read along the index that gives it (V46): one meeting's
     * cases by number; one unit's cases (本单位, or the unit filter) along that unit's rows of
     * {@code suggestion_unit_list}, the other conditions checked on the way; otherwise every case along
     * {@code suggestions_list_order} (or its status's). The page's rows pass the whole where clause again
     * ({@link #search}): the unit's copy only decides which rows are read, never what a reader may see.
     */
    private static String pageIds(SuggestionFilter filter, DataScope scope, String where,
                                  Map<String, Object> params) {
        Long unit = filter.meetingId() != null ? null
                : scope instanceof DataScope.OfUnit of ? Long.valueOf(of.unitId()) : filter.unitId();
        if (unit == null) {
            return "select s.id" + filtered(filter) + where + listOrder(filter);
        }
        params.put("listUnit", unit);
        // the unit's condition as its rows, not once more as a probe of suggestion_units: the planner would take the
        // two for independent and expect a few rows where the unit has thousands
        String others = scope instanceof DataScope.OfUnit
                ? where(filter, DataScope.all(), params)
                : where(new SuggestionFilter(null, filter.status(), null, filter.keyword(), filter.keyOnly()), scope,
                        params);
        return "select s.id from suggestion_unit_list ul join suggestions s on s.id = ul.suggestion_id"
                + (filter.keyword() != null ? " join deputies d on d.id = s.lead_deputy_id" : "") + others
                + " and ul.unit_id = :listUnit order by ul.meeting_opened_on desc, ul.meeting_id desc, ul.number";
    }

    /** The cases {@link #where} filters: the deputies joined only when the keyword looks for a deputy's name. */
    private static String filtered(SuggestionFilter filter) {
        return " from suggestions s" + (filter.keyword() != null ? " join deputies d on d.id = s.lead_deputy_id" : "");
    }

    /** {@link #LIST_ORDER}; within one meeting simply the number, which the meeting's own indexes give. */
    private static String listOrder(SuggestionFilter filter) {
        return filter.meetingId() != null ? " order by s.number" : LIST_ORDER;
    }

    /**
     * Cases the filter matches inside the scope with an id above {@code afterId}, by id, at most {@code limit} (a
     * page of a cursor-paginated list, such as the API's: ids are stable, so a page never repeats or skips a case
     * when cases are added meanwhile).
     */
    public List<SuggestionSummary> after(SuggestionFilter filter, DataScope scope, long afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params) + " and s.id > :afterId";
        params.put("afterId", afterId);
        params.put("limit", Math.max(1, Math.min(limit, 100)));
        return jdbc.sql(SELECT + FROM + where + " order by s.id limit :limit").params(params)
                .query(SuggestionQueries::summary).list();
    }

    /**
     * The first {@code limit} cases in list order that the filter matches inside the scope and that meet the
     * condition: one statement, the condition applied before the limit, and no count (a home page's to-do list).
     */
    public List<SuggestionSummary> firstMatching(SuggestionFilter filter, CaseCondition condition, DataScope scope,
                                                 int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = firstMatchingSql(filter, condition, scope, params);
        params.put("limit", Math.max(1, limit));
        return jdbc.sql(sql).params(params).query(SuggestionQueries::summary).list();
    }

    /**
     * {@link #firstMatching}'s statement: the filter's cases are listed narrow (id and list order) inside, and the rows'
     * other columns read outside for the cases listed only. A {@linkplain CaseCondition#narrows narrowing} condition
     * goes inside, beside the filter, with the limit, so that the database may start from the few cases that meet it.
     * Any other is asked outside of the listed cases in list order until the limit is reached: the inner list is fenced
     * by {@code offset 0}, which keeps the database from pushing the condition into it and asking it of every case of
     * the filter before sorting them (可办结, which reads several tables per case, took 0.4 s that way for 20,000
     * replied cases on PostgreSQL, 0.02–0.03 s this way).
     */
    static String firstMatchingSql(SuggestionFilter filter, CaseCondition condition, DataScope scope,
                                   Map<String, Object> params) {
        String listed = "select s.id as listed_id, s.meeting_opened_on as listed_opened_on,"
                + " s.meeting_id as listed_meeting_id, s.number as listed_number from suggestions s"
                + (filter.keyword() == null ? "" : " join deputies d on d.id = s.lead_deputy_id")
                + where(filter, scope, params);
        String order = " order by c.listed_opened_on desc, c.listed_meeting_id desc, c.listed_number";
        if (condition.narrows()) {
            return SELECT + " from (" + listed + " and " + condition.sql("s.id", new SqlValues(params)) + LIST_ORDER
                    + " limit :limit) c join suggestions s on s.id = c.listed_id" + JOINS + order;
        }
        return SELECT + " from (" + listed + LIST_ORDER + " offset 0) c join suggestions s on s.id = c.listed_id" + JOINS
                + " where " + condition.sql("s.id", new SqlValues(params)) + order + " limit :limit";
    }

    /**
     * Every case the filter matches inside the scope, in list order, handed one by one to the consumer while the rows
     * stream from the database (an export of a whole list without holding it in memory).
     */
    @Transactional(readOnly = true)
    public long forEachMatching(SuggestionFilter filter, DataScope scope,
                                java.util.function.Consumer<SuggestionSummary> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        try (var rows = jdbc.sql(SELECT + FROM + where + LIST_ORDER)
                .params(params).withFetchSize(500).query(SuggestionQueries::summary).stream()) {
            long[] count = {0};
            rows.forEach(row -> {
                consumer.accept(row);
                count[0]++;
            });
            return count[0];
        }
    }

    private static String where(SuggestionFilter filter, DataScope scope, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        appendScope(scope, where, params);
        if (filter.meetingId() != null) {
            where.append(" and s.meeting_id = :meetingId");
            params.put("meetingId", filter.meetingId());
        }
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unitId() != null) {
            where.append(" and exists (select 1 from suggestion_units fu where fu.suggestion_id = s.id and fu.unit_id = :unitId)");
            params.put("unitId", filter.unitId());
        }
        if (filter.keyOnly()) {
            where.append(" and s.key_leader is not null");
        }
        if (filter.keyword() != null) {
            where.append(" and (s.title like :keyword escape '\\' or s.content like :keyword escape '\\'"
                    + " or d.name like :keyword escape '\\' or cast(s.number as varchar(10)) = :keywordExact)");
            params.put("keyword", "%" + filter.keyword().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("keywordExact", filter.keyword());
        }
        return where.toString();
    }

    /** The rows of the given cases that lie inside the scope, in list order. */
    public List<SuggestionSummary> summariesOf(java.util.Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var where = new StringBuilder(" where s.id in (:ids)");
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(ids));
        appendScope(scope, where, params);
        return jdbc.sql(SELECT + FROM + where + LIST_ORDER)
                .params(params).query(SuggestionQueries::summary).list();
    }

    private static SuggestionSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SuggestionSummary(rs.getLong("id"), rs.getInt("term"), rs.getInt("meeting"),
                rs.getInt("number"), rs.getString("title"), rs.getString("lead_deputy_name"),
                SubjectArea.valueOf(rs.getString("category")), Suggestion.Status.valueOf(rs.getString("status")),
                rs.getObject("received_on", java.time.LocalDate.class), rs.getString("lead_unit_name"),
                rs.getObject("due_on", java.time.LocalDate.class), rs.getString("key_leader"),
                rs.getLong("lead_deputy_id"));
    }

    /** The case file, if it exists and lies inside the scope; otherwise {@link NotFoundException}. */
    public SuggestionDetails details(long id, DataScope scope) {
        if (!isVisible(id, scope)) {
            throw new NotFoundException("suggestion", id);
        }
        Suggestion suggestion = suggestions.findById(id).orElseThrow(() -> new NotFoundException("suggestion", id));
        var units = new ArrayList<SuggestionDetails.UnitOnCase>();
        for (CaseUnit unit : suggestion.units()) {
            units.add(new SuggestionDetails.UnitOnCase(directory.unit(unit.unitId()), unit.role(), unit.dueOn()));
        }
        units.sort(Comparator.comparing((SuggestionDetails.UnitOnCase u) -> u.role()).thenComparing(u -> u.unit().id()));
        return new SuggestionDetails(suggestion, meetings.view(suggestion.meetingId()),
                directory.deputy(suggestion.leadDeputyId()),
                suggestion.coSignerIds().stream().map(directory::deputy).toList(), List.copyOf(units),
                timeline.entriesOf(id));
    }

    /** Whether the case exists and the scope covers it. */
    public boolean isVisible(long id, DataScope scope) {
        var where = new StringBuilder(" where s.id = :id");
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        appendScope(scope, where, params);
        return jdbc.sql("select count(*) from suggestions s" + where).params(params).query(Long.class).single() > 0;
    }

    /** The ids of a meeting's cases that lie inside the scope, by suggestion number. */
    public List<Long> idsInMeeting(long meetingId, DataScope scope) {
        var where = new StringBuilder(" where s.meeting_id = :meetingId");
        Map<String, Object> params = new HashMap<>();
        params.put("meetingId", meetingId);
        appendScope(scope, where, params);
        return jdbc.sql("select s.id from suggestions s" + where + " order by s.number, s.id").params(params)
                .query(Long.class).list();
    }

    /** The ids of every case in a status (unscoped: for system work such as recomputing deadlines). */
    public List<Long> idsWithStatus(Suggestion.Status status) {
        return jdbc.sql("select id from suggestions where status = :status order by id").param("status", status.name())
                .query(Long.class).list();
    }

    /** The next free number in a meeting, offered on the registration form. */
    public int nextNumber(long meetingId) {
        return suggestions.maxNumber(meetingId) + 1;
    }

    public Optional<Long> findId(long meetingId, int number) {
        return suggestions.findByMeetingIdAndNumber(meetingId, number).map(Suggestion::id);
    }

    /** Counts per status within the scope, for home pages. */
    public Map<Suggestion.Status, Long> countByStatus(DataScope scope) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        appendScope(scope, where, params);
        Map<Suggestion.Status, Long> counts = new java.util.EnumMap<>(Suggestion.Status.class);
        for (Suggestion.Status status : Suggestion.Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select s.status, count(*) as n from suggestions s" + where + " group by s.status")
                .params(params)
                .query((rs, n) -> Map.entry(Suggestion.Status.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static void appendScope(DataScope scope, StringBuilder where, Map<String, Object> params) {
        if (scope instanceof DataScope.OfUnit unit) {
            where.append(" and exists (select 1 from suggestion_units su where su.suggestion_id = s.id and su.unit_id = :scopeUnit)");
            params.put("scopeUnit", unit.unitId());
        } else if (scope instanceof DataScope.OfDeputy deputy) {
            // one semi-join on the deputy's own rows (indexes of V44), not an "or exists" PostgreSQL evaluates for
            // every suggestion (a sequential scan of all cases per page: ADR 0070)
            where.append(" and s.id in (select ls.id from suggestions ls where ls.lead_deputy_id = :scopeDeputy"
                    + " union select cs.suggestion_id from suggestion_co_signers cs where cs.deputy_id = :scopeDeputy"
                    // 并案: the case that handles a suggestion the deputy led or signed
                    + " union select ms.merged_into from suggestions ms where ms.merged_into is not null"
                    + " and (ms.lead_deputy_id = :scopeDeputy or exists (select 1 from suggestion_co_signers mcs"
                    + " where mcs.suggestion_id = ms.id and mcs.deputy_id = :scopeDeputy)))");
            params.put("scopeDeputy", deputy.deputyId());
        } else if (scope instanceof DataScope.OfCongresses) {
            where.append(CongressConditions.meetingWithin(scope, "s.meeting_id", params));   // 本人大 (ADR 0042)
        } else if (scope instanceof DataScope.None) {
            where.append(" and 1 = 0");        // 没有: the security and audit administrators see no case
        } else if (!(scope instanceof DataScope.All)) {
            throw new IllegalArgumentException("unknown scope " + scope);
        }
    }
}
