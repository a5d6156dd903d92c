package cn.jianyi.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.ArchiveSuggestionCommand;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.PageOf;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The review of imported letters and the archive they join. Confirming links the letter to the records it names,
 * matched by name and created where missing (ADR 0028): the issuing unit; for a 人大 letter the deputies addressed
 * and the meeting (congress by name and level, then term and meeting numbers); for a suggestion letter the case of
 * that number in the meeting, filed as a historical case when the meeting has none.
 */
@Service
@Transactional
public class ArchiveManagement {

    private final ArchivedLetterRepository letters;
    private final Directory directory;
    private final IdentityManagement identity;
    private final Meetings meetings;
    private final SuggestionManagement suggestions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ArchiveManagement(ArchivedLetterRepository letters, Directory directory, IdentityManagement identity,
                      Meetings meetings, SuggestionManagement suggestions, JdbcClient jdbc, Clock clock,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.letters = letters;
        this.directory = directory;
        this.identity = identity;
        this.meetings = meetings;
        this.suggestions = suggestions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A letter of any batch, in any status. */
    @Transactional(readOnly = true)
    public ArchivedLetter letter(long id) {
        return letters.findById(id).orElseThrow(() -> new NotFoundException("archived letter", id));
    }

    /** 确认入库: links the letter and keeps the reviewed values; the case it answers, if any, is returned. */
    public ArchivedLetter confirm(ConfirmLetterCommand command) {
        ArchivedLetter letter = letter(command.letterId());
        LetterFields fields = command.fields();
        boolean congress = "人大".equals(fields.body());
        Long unitId = fields.issuer() == null ? null : unitNamed(fields.issuer()).id();
        List<Long> deputyIds = congress
                ? command.addressees().stream().map(name -> deputyNamed(name).id()).distinct().toList()
                : List.of();
        Long meetingId = null;
        if (congress && fields.term() != null && fields.meetingNumber() != null && fields.level() != null
                && fields.congressName() != null) {
            LocalDate openedOn = LocalDate.of(fields.letterYear() != null ? fields.letterYear()
                    : LocalDate.now(clock).getYear(), 1, 1);
            Congress body = congressNamed(fields.congressName(), fields.level(), command);
            meetingId = meetings.meetingOf(body.id(), fields.term(), fields.meetingNumber(), openedOn).id();
        }
        Long suggestionId = null;
        if (fields.kind() == LetterKind.SUGGESTION && congress) {
            Integer number = number(fields.itemNumber());
            if (meetingId == null || number == null || deputyIds.isEmpty()) {
                throw new RuleViolation("archive.review.suggestionIncomplete");
            }
            suggestionId = suggestions.archive(new ArchiveSuggestionCommand(meetingId, number,
                    subject(fields.title(), fields.replyText()), deputyIds, fields.letterDate(), remark(fields), command.actor()))
                    .suggestionId();
        }
        letter.confirm(fields, unitId, deputyIds, meetingId, suggestionId, command.actor().username(),
                clock.instant());
        ArchivedLetter saved = letters.save(letter);
        events.publishEvent(new LetterArchived(saved.id(), true, command.actor().username()));
        return saved;
    }

    /** 舍弃: the letter is not kept in the archive. */
    public void discard(long letterId, cn.jianyi.shared.Actor actor) {
        ArchivedLetter letter = letter(letterId);
        letter.discard(actor.username(), clock.instant());
        letters.save(letter);
        events.publishEvent(new LetterArchived(letterId, false, actor.username()));
    }

    /** The digits of an item number (温36号, 第36号 → 36); {@code null} when there are none. */
    public static Integer number(String itemNumber) {
        if (itemNumber == null) {
            return null;
        }
        String digits = itemNumber.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        int number = Integer.parseInt(digits);
        return number > 0 ? number : null;
    }

    /** The congress a letter of the unit at that level most likely belongs to: 南昌市新建区 + 人民代表大会. */
    public static String congressNameOf(String issuer, String level) {
        if (level == null || level.isBlank()) {
            return "";
        }
        if (level.equals("全国")) {
            return "全国人民代表大会";
        }
        if (issuer == null) {
            return "";
        }
        int end = -1;
        for (char mark : (level.equals("乡镇") ? "乡镇" : level).toCharArray()) {
            int at = issuer.indexOf(mark);
            if (at > 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        return end < 0 ? "" : issuer.substring(0, end + 1) + "人民代表大会";
    }

    /**
     * The suggestion a reply letter answers: quoted in 《》 in its title, or at the start of its text (您提出的《…》收悉),
     * otherwise the letter's title.
     */
    static String subject(String title, String replyText) {
        String quoted = quoted(title);
        if (quoted == null && replyText != null) {
            quoted = quoted(replyText.length() > 300 ? replyText.substring(0, 300) : replyText);
        }
        return quoted != null ? quoted : title;
    }

    private static String quoted(String text) {
        int open = text.indexOf('《');
        int close = open < 0 ? -1 : text.indexOf('》', open + 1);
        return open >= 0 && close > open + 1 ? text.substring(open + 1, close).strip() : null;
    }

    private static String remark(LetterFields fields) {
        var parts = new ArrayList<String>();
        parts.add("历史复函导入");
        if (fields.issuer() != null) {
            parts.add(fields.issuer());
        }
        if (fields.docNumber() != null) {
            parts.add(fields.docNumber());
        }
        if (fields.classification() != null) {
            parts.add(fields.classification() + "类");
        }
        if (fields.letterDate() != null) {
            parts.add(fields.letterDate().toString());
        }
        return String.join("；", parts);
    }

    private HandlingUnit unitNamed(String name) {
        return directory.units().stream().filter(u -> u.fullName().equals(name)).findFirst()
                .or(() -> directory.units().stream().filter(u -> u.shortName().equals(name)).findFirst())
                .orElseGet(() -> identity.addUnit(name, name.length() > 40 ? name.substring(0, 40) : name, "", "", "",
                        null));
    }

    private Deputy deputyNamed(String name) {
        return directory.deputies().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseGet(() -> identity.addDeputy(name, "", null, null, null));
    }

    /**
     * The congress the letter names, among the importer's congresses. One not there is added below the importer's own
     * congress when the importer keeps the congresses below it, so that the importer finds the letter's case (an
     * office's archive holds its own letters and those of the congresses below; the administrator moves a congress
     * elsewhere on its page if the guess is wrong); at the top for an importer working across the installation.
     * Refused beside the congress's name for an importer of one congress only, who could never see the case (ADR 0042).
     */
    private Congress congressNamed(String name, String level, ConfirmLetterCommand command) {
        CongressLevel congressLevel = level(level);
        List<Congress> all = meetings.congresses().stream()
                .filter(c -> command.scope().coversCongress(c.id())).toList();
        String core = core(name);
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> all.stream().filter(c -> c.level() == congressLevel && core(c.name()).equals(core))
                        .findFirst())
                .orElseGet(() -> {
                    boolean acrossInstallation = command.scope() instanceof DataScope.All;
                    if (!acrossInstallation && (!command.keepsLower() || command.homeCongressId() == null)) {
                        throw RuleViolation.onField("congressName", "archive.review.congressOutside", name);
                    }
                    return meetings.addCongress(name, level.equals("乡镇") ? "乡镇人大" : level + "人大", congressLevel,
                            "", acrossInstallation ? null : command.homeCongressId());
                });
    }

    private static String core(String congressName) {
        return congressName.replace("人民代表大会", "").replace("人大", "").strip();
    }

    /** The congress level of 全国/省/市/县/区/乡镇. */
    public static CongressLevel level(String level) {
        switch (level) {
            case "全国":
                return CongressLevel.NATIONAL;
            case "省":
                return CongressLevel.PROVINCE;
            case "市":
                return CongressLevel.CITY;
            case "县":
                return CongressLevel.COUNTY;
            case "区":
                return CongressLevel.DISTRICT;
            case "乡镇":
                return CongressLevel.TOWNSHIP;
            default:
                throw new IllegalArgumentException("level " + level);
        }
    }

    /** One page (numbered from 1, {@code size} letters) of the confirmed letters of the filter, newest first. */
    @Transactional(readOnly = true)
    public PageOf<ArchiveEntry> search(ArchiveFilter filter, int page, int size) {
        var where = new StringBuilder(" from archived_letters l where status = 'CONFIRMED'");
        Map<String, Object> params = new HashMap<>();
        if (filter.unitId() != null) {
            where.append(" and unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.deputyId() != null) {
            where.append(" and exists (select 1 from archived_letter_deputies d where d.letter_id = l.id"
                    + " and d.deputy_id = :deputy)");
            params.put("deputy", filter.deputyId());
        }
        if (filter.year() != null) {
            where.append(" and letter_year = :year");
            params.put("year", filter.year());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.text() != null) {
            where.append(" and (title like :text or reply_text like :text or issuer like :text"
                    + " or doc_number like :text or addressees like :text)");
            params.put("text", "%" + filter.text().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        int pageSize = Math.max(1, size);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(1, page), pages);
        List<ArchiveEntry> entries = jdbc.sql("select id, kind, title, issuer, doc_number, classification, addressees,"
                        + " letter_date, letter_year, suggestion_id" + where
                        + " order by letter_year desc nulls last, letter_date desc nulls last, id desc"
                        + " limit " + pageSize + " offset " + (long) (shown - 1) * pageSize)
                .params(params)
                .query((rs, n) -> new ArchiveEntry(rs.getLong("id"), LetterKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("issuer"), rs.getString("doc_number"),
                        rs.getString("classification"), rs.getString("addressees"),
                        rs.getObject("letter_date", LocalDate.class), (Integer) rs.getObject("letter_year", Integer.class),
                        (Long) rs.getObject("suggestion_id", Long.class)))
                .list();
        return new PageOf<>(entries, shown, pageSize, total);
    }

    /** The years of the confirmed letters, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("select distinct letter_year from archived_letters where status = 'CONFIRMED'"
                + " and letter_year is not null order by letter_year desc").query(Integer.class).list();
    }

    /** The confirmed letters that answered the case (shown on its page). */
    @Transactional(readOnly = true)
    public List<ArchivedLetter> lettersOfCase(long suggestionId) {
        return letters.findBySuggestionIdAndStatus(suggestionId, ArchivedLetter.Status.CONFIRMED);
    }

    /** A confirmed letter. */
    @Transactional(readOnly = true)
    public Optional<ArchivedLetter> record(long id) {
        return letters.findById(id).filter(l -> l.status() == ArchivedLetter.Status.CONFIRMED);
    }
}
