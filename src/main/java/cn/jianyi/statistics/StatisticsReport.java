package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.suggestion.Suggestion;

/**
 * Every figure of the dashboard for one filter, each rate with its numerator and denominator.
 *
 * @param total        every case in the filter, whatever its status
 * @param byStatus     cases per status (all statuses, zeros included)
 * @param replied      办复率: cases with a signed reply ÷ assigned cases
 * @param onTime       按期办复率: first signed reply on or before the stored due date ÷ assigned cases
 * @param concluded    办结率: concluded ÷ assigned cases
 * @param faceToFace   见面率: cases with a face-to-face contact ÷ assigned cases
 * @param schemeName   the classification scheme whose labels are shown
 * @param classes      A..D in the scheme's order: each class's share of the classified cases
 * @param firstRound   初次办理满意率: current first-round forms
 * @param finalRound   the current forms of each case's latest round (after re-handling)
 * @param responses    working days from 交办 to the unit's first signed reply, per unit
 * @param overdue      the most overdue running tasks ({@link Statistics#OVERDUE_SHOWN} at most), most overdue first
 * @param overdueCount every running task past its due date
 */
public record StatisticsReport(long total, Map<Suggestion.Status, Long> byStatus, Rate replied, Rate onTime,
                               Rate concluded, Rate faceToFace, String schemeName, List<ClassShare> classes,
                               Satisfactions firstRound, Satisfactions finalRound, List<UnitResponse> responses,
                               List<OverdueTask> overdue, long overdueCount) {

    /**
     * One class of the scheme: its stored letter, printed code, label, the scheme's definition and its share of the
     * classified cases.
     */
    public record ClassShare(String letter, String code, String label, String definition, Rate share) {

        /** The class as the dashboard names it: its label once ("A类"), with the code first when the label lacks it. */
        public String title() {
            return label.startsWith(code) ? label : code + " " + label;
        }
    }

    /**
     * The satisfaction of returned (current) forms: 满意, 基本满意, both together (满意率 含基本满意) and 不满意, each over
     * the forms returned.
     */
    public record Satisfactions(Rate satisfied, Rate basicallySatisfied, Rate combined, Rate dissatisfied) {

        /** The shares of forms counted by satisfaction (a satisfaction missing counts 0). */
        public static Satisfactions of(Map<Satisfaction, Long> forms) {
            long returned = forms.values().stream().mapToLong(Long::longValue).sum();
            long satisfied = forms.getOrDefault(Satisfaction.SATISFIED, 0L);
            long basically = forms.getOrDefault(Satisfaction.BASICALLY_SATISFIED, 0L);
            return new Satisfactions(new Rate(satisfied, returned), new Rate(basically, returned),
                    new Rate(satisfied + basically, returned),
                    new Rate(forms.getOrDefault(Satisfaction.DISSATISFIED, 0L), returned));
        }

        public long returned() {
            return satisfied.denominator();
        }
    }

    /** Response times of one unit: how many replies fell in each bucket, and the median in working days. */
    public record UnitResponse(long unitId, String unitName, List<Long> buckets, BigDecimal median) {

        public long replies() {
            return buckets.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A running task past its due date. */
    public record OverdueTask(long suggestionId, String meetingName, int number, String title, String unitName,
                              LocalDate dueOn, long daysOverdue) {
    }
}
