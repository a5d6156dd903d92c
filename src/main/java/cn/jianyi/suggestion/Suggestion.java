package cn.jianyi.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * 建议 and its case file. The status moves only through the intention-named transitions below; each returns the
 * status it left so the caller can record the timeline entry in the same transaction. Over 300 lines because the
 * guard table ({@link Act}), the transitions it guards and the questions the case answers belong to one aggregate.
 */
@Table("suggestions")
public class Suggestion {

    /** 案卷状态. */
    public enum Status {
        /** 已登记. */
        REGISTERED,
        /** 已交办 (办理中). */
        ASSIGNED,
        /** 已答复. */
        REPLIED,
        /** 重新办理. */
        REHANDLING,
        /** 已办结. */
        CONCLUDED,
        /** 已并案: handled together with the suggestion it was merged into. */
        MERGED,
        /** 已撤回: withdrawn by its deputies before assignment. */
        WITHDRAWN,
        /**
         * 历史案卷: a case of an earlier meeting, known only from its reply letter (历史复函导入); terminal, created only
         * by {@link Suggestion#archived}, and left out of statistics, deadline watch and reminders.
         */
        ARCHIVED;

        public boolean acceptsReplies() {
            return this == ASSIGNED || this == REHANDLING;
        }
    }

    /**
     * The acts on a case as a whole, each with the statuses it is open in: the one guard table that the transitions
     * below check ({@link #require}) and the case page asks ({@link #allows}), so a button and its command agree.
     */
    public enum Act {
        /** 交办. */
        ASSIGN("assign", Status.REGISTERED),
        /** 并案. */
        MERGE("mergeInto", Status.REGISTERED),
        /** 撤回. */
        WITHDRAW("withdraw", Status.REGISTERED),
        /** 列为重点督办: any time before the case is closed. */
        DESIGNATE_KEY("designateKey", Status.REGISTERED, Status.ASSIGNED, Status.REPLIED, Status.REHANDLING),
        /** 调整承办单位 after an approved return. */
        REPLACE_UNIT("replaceUnit", Status.ASSIGNED),
        /** 答复. */
        MARK_REPLIED("markReplied", Status.ASSIGNED, Status.REHANDLING),
        /** 重新办理. */
        REOPEN_FOR_REHANDLING("reopenForRehandling", Status.REPLIED),
        /** 办结. */
        CONCLUDE("conclude", Status.REPLIED);

        private final String transition;
        private final Set<Status> openIn;

        Act(String transition, Status first, Status... rest) {
            this.transition = transition;
            this.openIn = Set.copyOf(EnumSet.of(first, rest));
        }

        /** The transition's name, as the transition table and the refusal name it. */
        public String transition() {
            return transition;
        }

        /** Whether the act is open to a case in {@code status}. */
        public boolean openIn(Status status) {
            return openIn.contains(status);
        }
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long meetingId;
    /**
     * The opening day of the case's meeting, copied for the case list's order (ADR 0071): written with the case, never
     * by a save of the aggregate afterwards; {@link CongressDirectory#save} moves it when the meeting's day changes.
     */
    @InsertOnlyProperty
    private LocalDate meetingOpenedOn;
    private int number;
    private String title;
    private String content;
    private Long leadDeputyId;
    private SubjectArea category;
    private LocalDate receivedOn;
    private Status status;
    private Instant registeredAt;
    @MappedCollection(idColumn = "suggestion_id", keyColumn = "position")
    private List<CoSigner> coSigners = new ArrayList<>();
    @MappedCollection(idColumn = "suggestion_id")
    private Set<CaseUnit> units = new HashSet<>();
    @Embedded.Nullable(prefix = "key_")
    private KeySupervision keySupervision;
    private Long mergedInto;

    protected Suggestion() {
    }

    static Suggestion register(long meetingId, LocalDate meetingOpenedOn, int number, String title, String content,
                               long leadDeputyId, List<Long> coSignerIds, SubjectArea category, LocalDate receivedOn,
                               Instant now) {
        if (coSignerIds.contains(leadDeputyId)) {
            throw new IllegalArgumentException("lead deputy cannot co-sign");
        }
        var suggestion = new Suggestion();
        suggestion.meetingId = meetingId;
        suggestion.meetingOpenedOn = java.util.Objects.requireNonNull(meetingOpenedOn);
        suggestion.number = number;
        suggestion.title = title;
        suggestion.content = content;
        suggestion.leadDeputyId = leadDeputyId;
        suggestion.coSigners = new ArrayList<>(coSignerIds.stream().map(CoSigner::new).toList());
        suggestion.category = category;
        suggestion.receivedOn = receivedOn;
        suggestion.status = Status.REGISTERED;
        suggestion.registeredAt = now;
        return suggestion;
    }

    /**
     * 历史复函导入: a case of an earlier meeting, known from the reply letter that answered it, filed as a historical
     * case. It has no units or deadlines and no transition leaves ARCHIVED.
     */
    static Suggestion archived(long meetingId, LocalDate meetingOpenedOn, int number, String title, String content,
                               long leadDeputyId, List<Long> coSignerIds, LocalDate receivedOn, Instant now) {
        var suggestion = register(meetingId, meetingOpenedOn, number, title, content, leadDeputyId, coSignerIds,
                SubjectArea.OTHER, receivedOn, now);
        suggestion.status = Status.ARCHIVED;
        return suggestion;
    }

    /** 交办: hands the case to its units. */
    Status assign(Set<CaseUnit> handlingUnits) {
        Status from = require(Act.ASSIGN);
        long leads = handlingUnits.stream().filter(u -> u.role() == HandlingRole.LEAD).count();
        long separate = handlingUnits.stream().filter(u -> u.role() == HandlingRole.SEPARATE).count();
        if (!(leads == 1 && separate == 0 || leads == 0 && separate >= 2
                && handlingUnits.stream().allMatch(u -> u.role() == HandlingRole.SEPARATE))) {
            throw new IllegalArgumentException("exactly one lead unit, or two or more units handling separately");
        }
        this.units = new HashSet<>(handlingUnits);
        this.status = Status.ASSIGNED;
        return from;
    }

    /** 并案: before 交办, the suggestion joins another of the same content and is handled with it. */
    Status mergeInto(long targetId) {
        Status from = require(Act.MERGE);
        if (id != null && id == targetId) {
            throw new IllegalArgumentException("a suggestion cannot be merged into itself");
        }
        this.mergedInto = targetId;
        this.status = Status.MERGED;
        return from;
    }

    /** 撤回: the deputies withdraw the suggestion; only before 交办. */
    Status withdraw() {
        Status from = require(Act.WITHDRAW);
        this.status = Status.WITHDRAWN;
        return from;
    }

    /** 列为重点督办 (or change its leader and committee): any time before the case is closed; the status does not move. */
    Status designateKey(KeySupervision key) {
        Status from = require(Act.DESIGNATE_KEY);
        this.keySupervision = key;
        return from;
    }

    /** A unit's reply deadline was recomputed (e.g. the working-day calendar changed); the status does not move. */
    void reschedule(long unitId, LocalDate dueOn) {
        CaseUnit unit = units.stream().filter(u -> u.unitId() == unitId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit " + unitId + " does not handle this case"));
        units.remove(unit);
        units.add(new CaseUnit(unit.unitId(), unit.role(), dueOn));
    }

    /**
     * 调整承办单位: an approved return hands the unit's part (lead or co) to another unit; only before the reply, and
     * the status does not move.
     */
    Status replaceUnit(long returningUnitId, CaseUnit successor) {
        Status from = require(Act.REPLACE_UNIT);
        CaseUnit leaving = units.stream().filter(u -> u.unitId() == returningUnitId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit " + returningUnitId + " does not handle this case"));
        if (isHandledBy(successor.unitId())) {
            throw new IllegalArgumentException("unit " + successor.unitId() + " already handles this case");
        }
        if (leaving.role() != successor.role()) {
            throw new IllegalArgumentException("the successor takes over the same role");
        }
        units.remove(leaving);
        units.add(successor);
        return from;
    }

    /** 答复: the lead unit's signed reply has gone out. */
    Status markReplied() {
        Status from = require(Act.MARK_REPLIED);
        this.status = Status.REPLIED;
        return from;
    }

    /** 重新办理: the deputy was dissatisfied; handling reopens for another reply. */
    Status reopenForRehandling() {
        Status from = require(Act.REOPEN_FOR_REHANDLING);
        this.status = Status.REHANDLING;
        return from;
    }

    /**
     * 重新办理 bringing units new to the case in as co-units (their data scope opens the case to them); refused for a
     * unit already on it or a role other than 协办.
     */
    Status reopenForRehandling(java.util.Collection<CaseUnit> newCoUnits) {
        for (CaseUnit unit : newCoUnits) {
            if (unit.role() != HandlingRole.CO || isHandledBy(unit.unitId())) {
                throw new IllegalArgumentException("a new co-unit only, not already on the case: " + unit.unitId());
            }
        }
        Status from = reopenForRehandling();
        units.addAll(newCoUnits);
        return from;
    }

    /** 办结: the case is closed. */
    Status conclude() {
        Status from = require(Act.CONCLUDE);
        this.status = Status.CONCLUDED;
        return from;
    }

    /** Whether {@code act} is open to this case now (the case page's buttons). */
    public boolean allows(Act act) {
        return act.openIn(status);
    }

    private Status require(Act act) {
        if (!allows(act)) {
            throw new IllegalTransitionException(status, act.transition);
        }
        return status;
    }

    public Long id() {
        return id;
    }

    public Long meetingId() {
        return meetingId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Long leadDeputyId() {
        return leadDeputyId;
    }

    public List<Long> coSignerIds() {
        return coSigners.stream().map(CoSigner::deputyId).toList();
    }

    public SubjectArea category() {
        return category;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Status status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The suggestion this one was merged into, or {@code null}. */
    public Long mergedInto() {
        return mergedInto;
    }

    /** The key-item designation, or {@code null} for an ordinary suggestion. */
    public KeySupervision keySupervision() {
        return keySupervision;
    }

    /** 历史案卷: imported from a historical reply letter. */
    public boolean isArchived() {
        return status == Status.ARCHIVED;
    }

    public boolean isKey() {
        return keySupervision != null;
    }

    public Set<CaseUnit> units() {
        return Set.copyOf(units);
    }

    /** Whether the deputy leads or co-signed this suggestion. */
    public boolean isByDeputy(long deputyId) {
        return leadDeputyId == deputyId || coSignerIds().contains(deputyId);
    }

    /** Whether the unit handles this case, in any role. */
    public boolean isHandledBy(long unitId) {
        return units.stream().anyMatch(u -> u.unitId() == unitId);
    }

    /** 分办: each unit answers its own part. */
    public boolean isSeparatelyHandled() {
        return units.stream().anyMatch(u -> u.role() == HandlingRole.SEPARATE);
    }

    /** Whether the unit answers the deputy itself: the lead unit, or a unit handling its own part (分办). */
    public boolean isAnsweringUnit(long unitId) {
        return units.stream().anyMatch(u -> u.unitId() == unitId && u.role().answersDeputy());
    }

    public boolean isLeadUnit(long unitId) {
        return units.stream().anyMatch(u -> u.unitId() == unitId && u.role() == HandlingRole.LEAD);
    }

    /** The version this record was read at (optimistic locking, ADR 0065): forms carry it to detect a stale read. */
    public Integer version() {
        return version;
    }
}
