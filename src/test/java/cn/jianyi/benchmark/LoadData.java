package cn.jianyi.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load benchmark's data (ADR 0070), written by plain JDBC batches with explicit ids (the identity sequences are
 * moved past them at the end) and foreign-key triggers off for the load: a 区人大 with two 镇人大 below it, each with a
 * term, several meetings, units, deputies and the accounts of its data scopes (clerks; two handlers and a head per unit;
 * a login per deputy, all with the password {@link #PASSWORD}), and {@code suggestions} cases spread over the meetings
 * (3 : 1 : 1 district : town : town), each with what its state implies:
 * <ul>
 * <li>a fifth 已登记 (no unit); the rest assigned to a lead unit (交办, a notice to the unit's first handler), one in
 * five of those with a co-unit;</li>
 * <li>of the assigned: 60 % answered by a signed reply (document number per unit and year, gap-free), a tenth of those
 * concluded; 10 % with a draft of the lead unit waiting for its head's signature (no co-unit); the rest in handling;</li>
 * <li>four in five answered cases rated by the lead deputy; every other assigned case with a contact record;</li>
 * <li>timeline entries for 登记, 交办, 签发, 评价 and 办结 as they happened;</li>
 * <li>each signed reply's publication decided (公开) by the office, as the months after signing leave it (the portal's
 * public copies are not written: the portal is measured by PortalBenchmark).</li>
 * </ul>
 * The statistics projections are not written here: the application builds them on its first start
 * ({@code CaseFacts.buildMissing}), as after a migration. The list's copies are (ADR 0071): each case's meeting day
 * ({@code meeting_opened_on}) and each unit's rows of {@code suggestion_unit_list}.
 */
final class LoadData {

    static final String PASSWORD = "load-test-1";
    static final int BATCH = 2_000;

    record Congress(long id, String name, String shortName, String level, Long parentId, int share, int units,
                    int deputies, int meetings) {
    }

    static final List<Congress> CONGRESSES = List.of(
            new Congress(1, "滨江区人民代表大会", "区人大", "DISTRICT", null, 3, 40, 300, 4),
            new Congress(2, "滨江区东湖镇人民代表大会", "东湖镇人大", "TOWNSHIP", 1L, 1, 10, 80, 3),
            new Congress(3, "滨江区西岭镇人民代表大会", "西岭镇人大", "TOWNSHIP", 1L, 1, 10, 80, 3));

    private static final String[] AREAS = {"ECONOMY", "AGRICULTURE", "URBAN_ENVIRONMENT",
        "EDUCATION_SCIENCE_CULTURE_HEALTH", "INTERNAL_AFFAIRS_JUSTICE", "SOCIAL_DEVELOPMENT", "OTHER"};
    private static final String[] SUBJECTS = {"托育", "路灯", "学位", "养老", "医保", "停车", "电梯", "垃圾分类", "污水", "公交",
        "菜市场", "幼儿园", "农村饮水", "道路硬化", "河道整治", "老旧小区", "社区食堂", "充电桩", "消防通道", "校车"};
    private static final String[] CLASSES = {"A", "A", "A", "A", "A", "A", "B", "B", "C", "D"};
    private static final String[] SATISFACTIONS = {"SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED",
        "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};

    /** What a case of index {@code i} is: see the class comment. */
    enum Kind { REGISTERED, IN_HANDLING, DRAFTED, REPLIED, CONCLUDED }

    static Kind kind(long i) {
        int r = (int) (i % 20);
        if (r < 4) {
            return Kind.REGISTERED;
        }
        if (r < 6) {
            return Kind.IN_HANDLING;
        }
        if (r < 8) {
            return Kind.DRAFTED;
        }
        return r < 18 ? Kind.REPLIED : Kind.CONCLUDED;
    }

    static boolean hasCoUnit(long i) {
        Kind kind = kind(i);
        return kind != Kind.REGISTERED && kind != Kind.DRAFTED && i % 5 == 1;
    }

    static boolean rated(long i) {
        return (i / 20) % 5 != 0;
    }

    private final Connection connection;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final Map<Long, List<Long>> unitsOf = new HashMap<>();
    private final Map<Long, List<Long>> deputiesOf = new HashMap<>();
    private final Map<Long, List<Long>> meetingsOf = new HashMap<>();
    private final Map<Long, Integer> meetingYear = new HashMap<>();
    private final Map<Long, Long> firstHandler = new HashMap<>();
    private final Map<Long, String> unitCode = new HashMap<>();
    private final Map<Long, String> unitName = new HashMap<>();
    private final Map<String, Integer> serials = new HashMap<>();

    private LoadData(Connection connection) {
        this.connection = connection;
    }

    /** Generates {@code suggestions} cases with their directory into the empty, migrated database. */
    static void generate(Connection connection, int suggestions, java.util.function.IntConsumer progress)
            throws SQLException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");      // no foreign-key triggers while loading
        }
        var data = new LoadData(connection);
        data.directory();
        data.cases(suggestions, progress);
        data.finish();
        try (var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = origin");
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private void directory() throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);   // as PasswordConfiguration stores it
        var congresses = new ArrayList<Object[]>();
        var terms = new ArrayList<Object[]>();
        var meetings = new ArrayList<Object[]>();
        var units = new ArrayList<Object[]>();
        var deputies = new ArrayList<Object[]>();
        var deputyTerms = new ArrayList<Object[]>();
        var users = new ArrayList<Object[]>();
        var roles = new ArrayList<Object[]>();
        long unitId = 0;
        long deputyId = 0;
        long userId = 0;
        long meetingId = 0;
        for (Congress c : CONGRESSES) {
            congresses.add(new Object[] {c.id(), c.name(), c.shortName(), c.level(), "滨江区人大常委会人代工委", c.parentId()});
            terms.add(new Object[] {c.id(), c.id(), 18, 2022, 2026});
            for (int m = 1; m <= c.meetings(); m++) {
                meetingId++;
                int year = 2026 - c.meetings() + m;
                meetings.add(new Object[] {meetingId, c.id(), m, Date.valueOf(openedOn(year))});
                meetingsOf.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(meetingId);
                meetingYear.put(meetingId, year);
            }
            for (int k = 1; k <= 4; k++) {
                userId++;
                users.add(new Object[] {userId, "c" + c.id() + "-clerk" + k, hash, c.shortName() + "人代工委" + k, null,
                        null, c.id(), c.parentId() == null});
                roles.add(new Object[] {userId, "CLERK"});
            }
            for (int u = 1; u <= c.units(); u++) {
                unitId++;
                String name = c.shortName().replace("人大", "") + "第" + u + "承办单位";
                String code = (c.id() == 1 ? "BJ" : c.id() == 2 ? "DH" : "XL") + u;
                units.add(new Object[] {unitId, name, "承办" + unitId, code, "0571-8800" + String.format("%04d", unitId),
                        "310000", c.id()});
                unitsOf.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(unitId);
                unitCode.put(unitId, code);
                unitName.put(unitId, name);
                for (int h = 1; h <= 2; h++) {
                    userId++;
                    users.add(new Object[] {userId, "u" + unitId + "-handler" + h, hash, "承办人" + unitId + "-" + h, unitId,
                            null, c.id(), false});
                    roles.add(new Object[] {userId, "HANDLER"});
                    if (h == 1) {
                        firstHandler.put(unitId, userId);
                    }
                }
                userId++;
                users.add(new Object[] {userId, "u" + unitId + "-head", hash, "负责人" + unitId, unitId, null, c.id(),
                        false});
                roles.add(new Object[] {userId, "HEAD"});
            }
            for (int d = 1; d <= c.deputies(); d++) {
                deputyId++;
                deputies.add(new Object[] {deputyId, "代表" + deputyId, c.shortName().replace("人大", "") + "第" + (d % 12 + 1)
                        + "代表团", c.id()});
                deputyTerms.add(new Object[] {deputyId, c.id()});
                deputiesOf.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(deputyId);
                userId++;
                users.add(new Object[] {userId, "d" + deputyId, hash, "代表" + deputyId, null, deputyId, c.id(), false});
                roles.add(new Object[] {userId, "DEPUTY"});
            }
        }
        batch("insert into congresses (id, name, short_name, level, reply_copy_to, parent_id) values (?, ?, ?, ?, ?, ?)",
                congresses);
        batch("insert into congress_terms (id, congress_id, number, first_year, last_year) values (?, ?, ?, ?, ?)", terms);
        batch("insert into meetings (id, term_id, number, opened_on) values (?, ?, ?, ?)", meetings);
        batch("insert into units (id, full_name, short_name, doc_code, phone, postcode, congress_id, address)"
                + " values (?, ?, ?, ?, ?, ?, ?, '滨江区江南大道1号')", units);
        batch("insert into deputies (id, name, delegation, congress_id) values (?, ?, ?, ?)", deputies);
        batch("insert into deputy_terms (deputy_id, term_id) values (?, ?)", deputyTerms);
        batch("insert into users (id, username, password_hash, display_name, unit_id, deputy_id, congress_id,"
                + " include_lower) values (?, ?, ?, ?, ?, ?, ?, ?)", users);
        batch("insert into user_roles (user_id, role) values (?, ?)", roles);
    }

    private void cases(int total, java.util.function.IntConsumer progress) throws SQLException {
        int shares = CONGRESSES.stream().mapToInt(Congress::share).sum();
        Map<Long, Integer> numbers = new HashMap<>();
        long assignment = 0;
        long reply = 0;
        long feedback = 0;
        long contact = 0;
        long timeline = 0;
        long notice = 0;
        for (long from = 0; from < total; from += BATCH) {
            var suggestions = new ArrayList<Object[]>();
            var suggestionUnits = new ArrayList<Object[]>();
            var unitList = new ArrayList<Object[]>();
            var assignments = new ArrayList<Object[]>();
            var replies = new ArrayList<Object[]>();
            var feedbacks = new ArrayList<Object[]>();
            var contacts = new ArrayList<Object[]>();
            var timelines = new ArrayList<Object[]>();
            var notices = new ArrayList<Object[]>();
            var publications = new ArrayList<Object[]>();
            for (long i = from; i < Math.min(total, from + BATCH); i++) {
                long id = i + 1;
                Congress congress = congressOf(i, shares);
                List<Long> meetings = meetingsOf.get(congress.id());
                long meeting = meetings.get((int) ((i / 7) % meetings.size()));
                int year = meetingYear.get(meeting);
                int number = numbers.merge((long) meeting, 1, Integer::sum);
                List<Long> deputies = deputiesOf.get(congress.id());
                long deputy = deputies.get(spread(i, 1, deputies.size()));
                List<Long> units = unitsOf.get(congress.id());
                int leadIndex = spread(i, 2, units.size());
                long lead = units.get(leadIndex);
                String subject = SUBJECTS[(int) (i % SUBJECTS.length)];
                Kind kind = kind(i);
                String status = switch (kind) {
                    case REGISTERED -> "REGISTERED";
                    case IN_HANDLING, DRAFTED -> "ASSIGNED";
                    case REPLIED -> "REPLIED";
                    case CONCLUDED -> "CONCLUDED";
                };
                LocalDate received = LocalDate.of(year, 1, 10);
                LocalDate assignedOn = LocalDate.of(year, 1, 20);
                LocalDate dueOn = assignedOn.plusMonths(3);
                Timestamp registeredAt = Timestamp.valueOf(received.atTime(9, 0));
                suggestions.add(new Object[] {id, meeting, Date.valueOf(openedOn(year)), number,
                        "关于加强" + subject + "工作的建议（" + number + "）",
                        "关于" + subject + "问题，群众反映较多，建议有关部门统筹研究，加大投入，完善制度。", deputy,
                        AREAS[(int) (i % AREAS.length)], Date.valueOf(received), status, registeredAt});
                timelines.add(new Object[] {++timeline, id, registeredAt, "REGISTER", null, "REGISTERED",
                        "c" + congress.id() + "-clerk1", "人代工委1", "CLERK", null, null});
                if (kind == Kind.REGISTERED) {
                    continue;
                }
                Timestamp assignedAt = Timestamp.valueOf(assignedOn.atTime(10, 0));
                boolean answered = kind == Kind.REPLIED || kind == Kind.CONCLUDED;
                suggestionUnits.add(new Object[] {id, lead, "LEAD", Date.valueOf(dueOn)});
                unitList.add(new Object[] {id, lead, Date.valueOf(openedOn(year)), meeting, number});
                assignments.add(new Object[] {++assignment, id, lead, "LEAD", Date.valueOf(assignedOn), Date.valueOf(dueOn),
                        assignedAt, answered ? "REPLIED" : "IN_HANDLING", Date.valueOf(assignedOn), null});
                notices.add(new Object[] {++notice, firstHandler.get(lead), id, "新交办建议：第" + number + "号",
                        "请及时办理。", "/suggestions/" + id, assignedAt});
                timelines.add(new Object[] {++timeline, id, assignedAt, "ASSIGN", "REGISTERED", "ASSIGNED",
                        "c" + congress.id() + "-clerk1", "人代工委1", "CLERK", null, "主办：" + unitName.get(lead)});
                if (hasCoUnit(i)) {
                    long co = units.get((leadIndex + 1) % units.size());
                    suggestionUnits.add(new Object[] {id, co, "CO", Date.valueOf(dueOn)});
                    unitList.add(new Object[] {id, co, Date.valueOf(openedOn(year)), meeting, number});
                    assignments.add(new Object[] {++assignment, id, co, "CO", Date.valueOf(assignedOn),
                            Date.valueOf(dueOn), assignedAt, answered ? "OPINION_GIVEN" : "IN_HANDLING",
                            Date.valueOf(assignedOn), Date.valueOf(assignedOn.plusMonths(2))});
                }
                if (i % 2 == 0 || kind == Kind.DRAFTED) {
                    contacts.add(new Object[] {++contact, id, lead, i % 4 == 0 ? "FACE_TO_FACE" : "PHONE",
                            Date.valueOf(assignedOn.plusDays(7)), assignedAt});
                }
                String replyTitle = "关于对市人大" + congress.shortName() + "第" + number + "号建议的答复";
                if (kind == Kind.DRAFTED) {
                    replies.add(new Object[] {++reply, id, lead, "DRAFT", "A", replyTitle, "代表" + deputy + "：",
                            "您提出的关于" + subject + "的建议收悉。现答复如下：我们高度重视，已列入年度计划。", unitName.get(lead),
                            assignedAt, null, null, null, null, null, null, null});
                    continue;
                }
                if (!answered) {
                    continue;
                }
                LocalDate signedOn = assignedOn.plusDays(10 + i % 80);
                Timestamp signedAt = Timestamp.valueOf(signedOn.atTime(15, 0));
                int serial = serials.merge(lead + "/" + year, 1, Integer::sum);
                replies.add(new Object[] {++reply, id, lead, "SIGNED", CLASSES[(int) (i % 10)], replyTitle,
                        "代表" + deputy + "：", "您提出的关于" + subject + "的建议收悉。现答复如下：我们高度重视，已列入年度计划。",
                        unitName.get(lead), assignedAt, unitCode.get(lead), year, serial, "负责人" + lead,
                        Date.valueOf(signedOn), signedAt, unitName.get(lead)});
                publications.add(new Object[] {reply, reply, id, lead, meeting, Date.valueOf(signedOn),
                        Date.valueOf(signedOn.plusDays(20)), Timestamp.valueOf(signedOn.plusDays(15).atTime(16, 0))});
                timelines.add(new Object[] {++timeline, id, signedAt, "SIGN_REPLY", "ASSIGNED", "REPLIED",
                        "u" + lead + "-head", "负责人" + lead, "HEAD", unitName.get(lead),
                        unitCode.get(lead) + "〔" + year + "〕" + serial + "号"});
                if (rated(i)) {
                    Timestamp givenAt = Timestamp.valueOf(signedOn.plusDays(20).atTime(11, 0));
                    String satisfaction = SATISFACTIONS[(int) ((i / 3) % 10)];
                    feedbacks.add(new Object[] {++feedback, id, reply, deputy, satisfaction, satisfaction, satisfaction,
                            Date.valueOf(signedOn.plusDays(20)), "d" + deputy, givenAt});
                    timelines.add(new Object[] {++timeline, id, givenAt, "GIVE_FEEDBACK", "REPLIED", "REPLIED",
                            "d" + deputy, "代表" + deputy, "DEPUTY", null, satisfaction});
                }
                if (kind == Kind.CONCLUDED) {
                    timelines.add(new Object[] {++timeline, id, Timestamp.valueOf(signedOn.plusDays(40).atTime(9, 0)),
                            "CONCLUDE", "REPLIED", "CONCLUDED", "c" + congress.id() + "-clerk1", "人代工委1", "CLERK",
                            null, null});
                }
            }
            batch("insert into suggestions (id, version, meeting_id, meeting_opened_on, number, title, content,"
                    + " lead_deputy_id, category, received_on, status, registered_at)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", suggestions);
            batch("insert into suggestion_units (suggestion_id, unit_id, role, due_on) values (?, ?, ?, ?)",
                    suggestionUnits);
            batch("insert into suggestion_unit_list (suggestion_id, unit_id, meeting_opened_on, meeting_id, number)"
                    + " values (?, ?, ?, ?, ?)", unitList);
            batch("insert into assignments (id, suggestion_id, unit_id, role, assigned_on, due_on, assigned_by,"
                    + " assigned_at, version, status, due_from, due_amount, due_unit, due_basis, opinion_due_on)"
                    + " values (?, ?, ?, ?, ?, ?, 'c1-clerk1', ?, 0, ?, ?, 3, 'MONTHS', 'ASSIGNMENT', ?)", assignments);
            batch("insert into replies (id, version, suggestion_id, unit_id, round, status, classification, title,"
                    + " salutation, body, contact_unit, contact_phone, postcode, copy_to, publicity, drafted_by,"
                    + " drafted_at, doc_code, doc_year, doc_serial, signer_name, signed_on, signed_at, unit_name)"
                    + " values (?, 1, ?, ?, 1, ?, ?, ?, ?, ?, ?, '0571-88000000', '310000', '', 'PROACTIVE', 'load',"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)", replies);
            batch("insert into feedbacks (id, suggestion_id, reply_id, round, deputy_id, satisfaction, result_rating,"
                    + " attitude_rating, given_on, submitted_by, submitted_at, version, channel)"
                    + " values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1, 'ONLINE')", feedbacks);
            batch("insert into contact_records (id, suggestion_id, unit_id, kind, contacted_on, participants, summary,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, '代表、承办人', '沟通办理意见', 'load', ?)", contacts);
            batch("insert into timeline_entries (id, suggestion_id, occurred_at, action, from_status, to_status,"
                    + " actor_username, actor_name, actor_role, actor_unit, remark) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    timelines);
            batch("insert into notices (id, recipient_id, suggestion_id, kind, title, body, link, created_at)"
                    + " values (?, ?, ?, 'ASSIGNED', ?, ?, ?, ?)", notices);
            batch("insert into publications (id, version, reply_id, suggestion_id, unit_id, meeting_id, signed_on, due_on,"
                    + " status, decided_by, decided_at) values (?, 1, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 'c1-clerk1', ?)",
                    publications);
            connection.commit();
            long done = Math.min(total, from + BATCH);
            if (done % 100_000 == 0 || done == total) {
                progress.accept((int) done);
            }
        }
    }

    /** The day a meeting of {@code year} opened. */
    private static LocalDate openedOn(int year) {
        return LocalDate.of(year, 1, 8);
    }

    /** An even, repeatable spread of the cases over {@code size} units or deputies (a mixing hash of the index). */
    private static int spread(long i, long salt, int size) {
        long x = (i + salt * 0x632BE59BD9B4E019L) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 31;
        return (int) Math.floorMod(x, (long) size);
    }

    private static Congress congressOf(long i, int shares) {
        int slot = (int) (i % shares);
        for (Congress c : CONGRESSES) {
            if (slot < c.share()) {
                return c;
            }
            slot -= c.share();
        }
        throw new IllegalStateException();
    }

    /** The identity sequences past the explicit ids; the document number sequences at the last serial given. */
    private void finish() throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : List.of("congresses", "congress_terms", "meetings", "units", "deputies", "users",
                    "suggestions", "assignments", "replies", "feedbacks", "contact_records", "timeline_entries",
                    "notices", "publications")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " (select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
            statement.execute("insert into document_number_sequences (unit_id, serial_year, last_serial)"
                    + " select unit_id, doc_year, max(doc_serial) from replies where status = 'SIGNED'"
                    + " group by unit_id, doc_year");
        }
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int p = 0; p < row.length; p++) {
                    statement.setObject(p + 1, row[p]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
