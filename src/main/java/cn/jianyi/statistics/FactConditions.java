package cn.jianyi.statistics;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.Reply;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;

/**
 * The facts the figures count, each a fixed SQL condition over the other modules' tables, written once here: the
 * dashboard's projection ({@link CaseFacts}), the lists behind the figures ({@link Figure}), the per-unit figures and
 * the assessment all read them, so a figure and its list cannot define a fact differently (ADR 0022, ADR 0026).
 * Status, role and kind values come from the owning enums ({@link Reply.Status}, {@link Assignment.Status},
 * {@link HandlingRole}, {@link ContactKind}, {@link Satisfaction}, {@link Suggestion.Status}), so renaming one breaks
 * compilation here rather than a figure at run time. Aliases: the case {@code s}, a task {@code a}, a reply
 * {@code r}, a feedback form {@code f}; parameters ({@code :today}) are bound by the caller.
 */
final class FactConditions {

    private FactConditions() {
    }

    /** The statuses of an assigned case (已交办): the denominator of every handling rate. */
    static final Set<Suggestion.Status> ASSIGNED_STATUSES = Collections.unmodifiableSet(EnumSet.of(
            Suggestion.Status.ASSIGNED, Suggestion.Status.REPLIED, Suggestion.Status.REHANDLING,
            Suggestion.Status.CONCLUDED));

    /** Historical cases (历史复函导入) are no part of any figure: they get no facts rows (ADR 0028). */
    static final String LIVE = "s.status <> " + quoted(Suggestion.Status.ARCHIVED);
    /** The cases the office has handed to units: the denominator of every handling rate. */
    static final String ASSIGNED = "s.status in " + list(ASSIGNED_STATUSES.stream());
    static final String CONCLUDED = "s.status = " + quoted(Suggestion.Status.CONCLUDED);

    private static final String SIGNED = quoted(Reply.Status.SIGNED);
    /** The roles of a unit that answers the deputy itself: 主办 and 分办 ({@link HandlingRole#answersDeputy()}). */
    private static final String ANSWERING_ROLES = list(Arrays.stream(HandlingRole.values())
            .filter(HandlingRole::answersDeputy));
    private static final String RETURNED = quoted(Assignment.Status.RETURNED);
    private static final String FACE_TO_FACE_KIND = quoted(ContactKind.FACE_TO_FACE);

    static final String SIGNED_REPLY =
            "exists (select 1 from replies r where r.suggestion_id = s.id and r.status = " + SIGNED + ")";
    /** The first signed reply against the due date stored on the answering task (主办 or 分办, not returned). */
    static final String ON_TIME = "(select min(r.signed_on) from replies r where r.suggestion_id = s.id"
            + " and r.status = " + SIGNED + ") <= (select max(a.due_on) from assignments a where a.suggestion_id = s.id"
            + " and a.role in " + ANSWERING_ROLES + " and a.status <> " + RETURNED + ")";
    /**
     * The year of the case's first 交办 (its earliest assignment date, any task), the year filter's dimension; 0 for a
     * case not yet assigned (no year matches it).
     */
    static final String FIRST_YEAR = "coalesce(cast(extract(year from (select min(fa.assigned_on) from assignments fa"
            + " where fa.suggestion_id = s.id)) as int), 0)";
    static final String FACE_TO_FACE = "exists (select 1 from contact_records c where c.suggestion_id = s.id"
            + " and c.kind = " + FACE_TO_FACE_KIND + ")";
    /** The id of the case's latest signed reply. */
    private static final String LATEST_SIGNED = "(select max(r2.id) from replies r2 where r2.suggestion_id = s.id"
            + " and r2.status = " + SIGNED + ")";
    /** The class of the case's latest signed reply; the office's reviewed class wins over the unit's. */
    static final String EFFECTIVE_CLASS = "(select coalesce(r.reviewed_classification, r.classification)"
            + " from replies r where r.id = " + LATEST_SIGNED + ")";
    /** The classification scheme of the case's latest signed reply. */
    static final String CLASS_SCHEME = "(select r.classification_scheme from replies r where r.id = "
            + LATEST_SIGNED + ")";
    /** A feedback form that no correction has superseded. */
    static final String CURRENT_FORM = "not exists (select 1 from feedbacks x where x.supersedes_id = f.id)";
    static final String FIRST_ROUND = "f.round = 1";
    static final String FINAL_ROUND = "f.round = (select max(g.round) from feedbacks g where g.suggestion_id = f.suggestion_id)";
    /** The lead unit (主办) on the case (alias {@code su} of {@code suggestion_units}). */
    static final String LEAD_UNIT = "su.role = " + quoted(HandlingRole.LEAD);
    /** A unit on the case that answers it: 主办 or 分办 (the unit filter's lead-only condition). */
    static final String ANSWERING_UNIT = answeringUnit("su");
    /** A task that answers the case: 主办 or 分办, not returned (alias {@code a}). */
    static final String ANSWERING_TASK = answeringTask("a");
    /** A task whose deadline runs ({@link Assignment.Status#isRunning()}), alias {@code a}. */
    static final String RUNNING_STATUS = "a.status in "
            + list(Arrays.stream(Assignment.Status.values()).filter(Assignment.Status::isRunning));
    /** An answering task whose deadline runs and has passed ({@code :today} bound). */
    static final String RUNNING_TASK = "a.role in " + ANSWERING_ROLES + " and " + RUNNING_STATUS
            + " and a.due_on < :today";

    /** A unit's answering task (主办 or 分办, not returned) on an assigned case; the task alias is {@code a}. */
    static final String UNIT_TASK = ANSWERING_TASK + " and " + ASSIGNED;
    /** The task's unit has signed a reply on the case. */
    static final String UNIT_SIGNED = "exists (select 1 from replies ur where ur.suggestion_id = a.suggestion_id"
            + " and ur.unit_id = a.unit_id and ur.status = " + SIGNED + ")";
    /** The date of the unit's first signed reply on the case (null before it signs one). */
    static final String UNIT_FIRST_SIGNED = "(select min(ur.signed_on) from replies ur where ur.suggestion_id ="
            + " a.suggestion_id and ur.unit_id = a.unit_id and ur.status = " + SIGNED + ")";
    /** Due for assessment: the unit has replied, or its due date has passed ({@code :today} bound). */
    static final String UNIT_DUE = "(" + UNIT_SIGNED + " or a.due_on < :today)";
    /** The unit's first signed reply on or before the due date stored on its task. */
    static final String UNIT_ON_TIME = UNIT_FIRST_SIGNED + " <= a.due_on";
    /** The unit recorded a 面商 with the deputy on or before the day of its first signed reply. */
    static final String UNIT_FACE_TO_FACE = UNIT_SIGNED + " and " + contactBefore(" and uc.kind = " + FACE_TO_FACE_KIND);
    /** The unit recorded other contacts (电话, 座谈, 实地) before its first signed reply, but no 面商. */
    static final String UNIT_OTHER_CONTACT = UNIT_SIGNED + " and " + contactBefore("") + " and not "
            + contactBefore(" and uc.kind = " + FACE_TO_FACE_KIND);
    /** The class of the unit's latest signed reply on the case; the office's reviewed class wins. */
    static final String UNIT_CLASS = "(select coalesce(ur.reviewed_classification, ur.classification) from replies ur"
            + " where ur.id = (select max(ur2.id) from replies ur2 where ur2.suggestion_id = a.suggestion_id"
            + " and ur2.unit_id = a.unit_id and ur2.status = " + SIGNED + "))";
    /** The feedback forms (alias {@code f}) on the task's unit's replies (alias {@code r}). */
    static final String UNIT_FORMS = " join replies r on r.suggestion_id = a.suggestion_id and r.unit_id = a.unit_id"
            + " join feedbacks f on f.reply_id = r.id";
    /** A current form of the latest round in which the deputies answered this unit's replies on the case. */
    static final String UNIT_FINAL_FORM = CURRENT_FORM + " and f.round = (select max(g.round) from feedbacks g"
            + " join replies gr on gr.id = g.reply_id where g.suggestion_id = f.suggestion_id and gr.unit_id = r.unit_id)";

    /** A task under {@code alias} that answers the case: 主办 or 分办, not returned. */
    static String answeringTask(String alias) {
        return alias + ".role in " + ANSWERING_ROLES + " and " + alias + ".status <> " + RETURNED;
    }

    /** A {@code suggestion_units} row under {@code alias} of a unit that answers the case: 主办 or 分办. */
    static String answeringUnit(String alias) {
        return alias + ".role in " + ANSWERING_ROLES;
    }

    /** A current form ({@code f}) of the given round condition with this satisfaction, as an SQL literal. */
    static String formWith(String round, Satisfaction satisfaction) {
        return CURRENT_FORM + " and " + round + " and f.satisfaction = " + quoted(satisfaction);
    }

    private static String contactBefore(String kind) {
        return "exists (select 1 from contact_records uc where uc.suggestion_id = a.suggestion_id"
                + " and uc.unit_id = a.unit_id" + kind + " and uc.contacted_on <= " + UNIT_FIRST_SIGNED + ")";
    }

    /** An enum value as the SQL literal its column stores ({@code 'SIGNED'}). */
    static String quoted(Enum<?> value) {
        return "'" + value.name() + "'";
    }

    /** Enum values as an SQL list ({@code ('LEAD', 'SEPARATE')}). */
    private static String list(Stream<? extends Enum<?>> values) {
        return values.map(FactConditions::quoted).collect(Collectors.joining(", ", "(", ")"));
    }
}
