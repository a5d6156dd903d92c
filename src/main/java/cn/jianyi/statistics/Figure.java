package cn.jianyi.statistics;

import static cn.jianyi.statistics.FactConditions.CURRENT_FORM;
import static cn.jianyi.statistics.FactConditions.EFFECTIVE_CLASS;
import static cn.jianyi.statistics.FactConditions.SIGNED_REPLY;
import static cn.jianyi.statistics.FactConditions.UNIT_SIGNED;

import java.util.Arrays;
import java.util.List;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.suggestion.Suggestion;

/**
 * Which cases a figure counts: the key of a drill-down from the dashboard to the cases behind it. Each figure carries
 * its own SQL condition on the case {@code s}, built from {@link FactConditions}; {@code value} is checked and bound
 * as a parameter, never spliced into SQL, and a figure that needs one refuses to run without it.
 */
public enum Figure {
    /** Every case in the filter. */
    ALL("1 = 1", false),
    /** Cases in a status; value = the status. */
    STATUS {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.bind("value", Suggestion.Status.valueOf(drill.value()).name());
            return "s.status = :value";
        }
    },
    /** 已交办: assigned, replied, in re-handling or concluded (the denominator of every handling rate). */
    ASSIGNED(FactConditions.ASSIGNED, false),
    /** 已办复: assigned cases with a signed reply. */
    REPLIED(FactConditions.ASSIGNED + " and " + SIGNED_REPLY, false),
    /** 按期办复: the first signed reply on or before the due date stored on the answering task. */
    ON_TIME(FactConditions.ASSIGNED + " and " + FactConditions.ON_TIME, false),
    /** 已办结. */
    CONCLUDED(FactConditions.ASSIGNED + " and " + FactConditions.CONCLUDED, false),
    /** 已见面: a face-to-face contact (面商) is recorded. */
    FACE_TO_FACE(FactConditions.ASSIGNED + " and " + FactConditions.FACE_TO_FACE, false),
    /** Classified in a class; value = the letter A..D (the reviewed class wins). */
    CLASS {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.bind("value", letter(drill.value()));
            return SIGNED_REPLY + " and " + EFFECTIVE_CLASS + " = :value";
        }
    },
    /** Classified at all (a signed reply exists). */
    CLASSIFIED(SIGNED_REPLY, false),
    /**
     * A current first-round feedback form with this satisfaction; value = SATISFIED, BASICALLY_SATISFIED,
     * DISSATISFIED, COMBINED (满意 or 基本满意) or RETURNED (any form).
     */
    FIRST_ROUND {
        @Override
        String condition(FigureCases.Drill drill) {
            return form(drill, FactConditions.FIRST_ROUND);
        }
    },
    /** The same for the latest round of the case. */
    FINAL_ROUND {
        @Override
        String condition(FigureCases.Drill drill) {
            return form(drill, FactConditions.FINAL_ROUND);
        }
    },
    /** A running task past its due date. */
    OVERDUE {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.bindToday();
            return "exists (select 1 from assignments a where a.suggestion_id = s.id and " + FactConditions.RUNNING_TASK
                    + FilterSql.taskOfUnit(drill.filter()) + ")";
        }
    },
    /** Response time of one unit in one bucket; value = {@code unitId:bucketIndex}. */
    RESPONSE {
        @Override
        String condition(FigureCases.Drill drill) {
            String value = drill.value();
            if (!value.matches("\\d{1,18}:\\d")) {
                throw new IllegalArgumentException("response bucket " + value);
            }
            String[] parts = value.split(":", 2);
            List<Long> ids = drill.responseCases(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            if (ids.isEmpty()) {
                return "1 = 0";
            }
            drill.bind("value", ids);
            return "s.id in (:value)";
        }
    },
    /** Assessment (考评): the unit's answering tasks (主办 or 分办, not returned); value = {@code unitId}. */
    UNIT_TASKS("1 = 1", true),
    /** Assessment: the unit's answering tasks replied or past their due date (按期办复's denominator). */
    UNIT_DUE {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.unit(false);
            drill.bindToday();
            return unitTask(FactConditions.UNIT_DUE);
        }
    },
    /** Assessment: the unit's first signed reply on or before its task's due date. */
    UNIT_ON_TIME(FactConditions.UNIT_ON_TIME, true),
    /** Assessment: the unit signed a reply (the denominator of 联系代表 and 分类). */
    UNIT_REPLIED(UNIT_SIGNED, true),
    /** Assessment: a 面商 recorded by the unit on or before its first signed reply. */
    UNIT_FACE_TO_FACE(FactConditions.UNIT_FACE_TO_FACE, true),
    /** Assessment: other contacts recorded by the unit before its first signed reply, no 面商. */
    UNIT_OTHER_CONTACT(FactConditions.UNIT_OTHER_CONTACT, true),
    /** Assessment: the class of the unit's latest signed reply; value = {@code unitId:letter}. */
    UNIT_CLASS {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.bind("value", letter(drill.unit(true)));
            return unitTask(UNIT_SIGNED + " and " + FactConditions.UNIT_CLASS + " = :value");
        }
    },
    /**
     * Assessment: current forms of the unit's latest answered round; value = {@code unitId:satisfaction}, the
     * satisfaction as in {@link #FIRST_ROUND}.
     */
    UNIT_FORMS {
        @Override
        String condition(FigureCases.Drill drill) {
            drill.bind("value", satisfactions(drill.unit(true)));
            return "exists (select 1 from assignments a" + FactConditions.UNIT_FORMS + " where " + UNIT_TASK_OF_CASE
                    + " and " + FactConditions.UNIT_FINAL_FORM + " and f.satisfaction in (:value))";
        }
    };

    /** The figure's unit's answering task on the case ({@code :unit} bound). */
    private static final String UNIT_TASK_OF_CASE = "a.suggestion_id = s.id and a.unit_id = :unit and "
            + FactConditions.UNIT_TASK;

    /** The condition of a figure that needs no value but, on a unit's task, the unit's id; else {@code null}. */
    private final String fixed;
    /** Whether {@link #fixed} is a condition on the unit's answering task ({@code a}) rather than on the case. */
    private final boolean onUnitTask;

    Figure() {
        this(null, false);
    }

    Figure(String fixed, boolean onUnitTask) {
        this.fixed = fixed;
        this.onUnitTask = onUnitTask;
    }

    /**
     * The condition on the case {@code s} that selects the figure's cases; binds what it needs into the drill-down.
     * Figures with a value of their own override it.
     *
     * @throws IllegalArgumentException when the figure needs a value and it is missing or not one of its values
     */
    String condition(FigureCases.Drill drill) {
        if (!onUnitTask) {
            return fixed;
        }
        drill.unit(false);
        return unitTask(fixed);
    }

    /** A case with the figure's unit's answering task ({@code a}) that meets the condition. */
    private static String unitTask(String condition) {
        return "exists (select 1 from assignments a where " + UNIT_TASK_OF_CASE + " and " + condition + ")";
    }

    /** A current form of the round on the case with one of the value's satisfactions. */
    private static String form(FigureCases.Drill drill, String round) {
        drill.bind("value", satisfactions(drill.value()));
        return "exists (select 1 from feedbacks f where f.suggestion_id = s.id and " + CURRENT_FORM + " and " + round
                + " and f.satisfaction in (:value))";
    }

    /** The satisfactions a drill-down value stands for: one, COMBINED (满意 or 基本满意) or RETURNED (any). */
    private static List<String> satisfactions(String value) {
        return switch (value) {
            case "RETURNED" -> Arrays.stream(Satisfaction.values()).map(Satisfaction::name).toList();
            case "COMBINED" -> List.of(Satisfaction.SATISFIED.name(), Satisfaction.BASICALLY_SATISFIED.name());
            default -> List.of(Satisfaction.valueOf(value).name());
        };
    }

    private static String letter(String value) {
        return ResolutionCategory.valueOf(value).name();
    }
}
