package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * 办理工作考评 for one filter: the scheme used and each unit's components, total and rank (ADR 0024).
 *
 * @param congressId   the congress whose scheme was used ({@code null} when there is no congress yet)
 * @param congressName its name (empty without one)
 * @param scheme       the scheme version used
 * @param units        ranked units first (by total, best first), then units without data, each by name
 */
public record AssessmentReport(Long congressId, String congressName, AssessmentScheme scheme, List<UnitScore> units) {

    /**
     * One unit's assessment.
     *
     * @param tasks      its answering tasks (主办 or 分办) in the filter
     * @param components 按期办复, 联系代表, 满意度, 分类, in this order
     * @param total      the total score, two decimals; {@code null} when no weighted component has data (无数据)
     * @param rank       1 for the best total, equal totals sharing a rank; {@code null} without a total
     * @param reweighted some component had no data, so the total was scaled to the weights of those with data
     */
    public record UnitScore(long unitId, String unitName, long tasks, List<Component> components, BigDecimal total,
                            Integer rank, boolean reweighted) {
    }

    /**
     * One component of a unit's score: what each counted item earns (its parts), over a denominator.
     * score = sum of count times points, divided by the denominator, two decimals half up; points = score times
     * weight divided by 100, two decimals half up. Without a denominator there is no score (shown as 无数据).
     *
     * @param key               the component, one of TIMELINESS, CONTACT, SATISFACTION, CLASS
     * @param weight            its weight in the scheme
     * @param denominator       what it is counted over
     * @param denominatorFigure the drill-down to the cases behind the denominator
     * @param parts             the counted items that earn points (those earning nothing are left out, except
     *                          不满意, shown for completeness with 0 points)
     */
    public record Component(String key, int weight, long denominator, Figure denominatorFigure,
                            String denominatorValue, List<Part> parts, BigDecimal score, BigDecimal points) {

        public boolean hasData() {
            return score != null;
        }
    }

    /**
     * A counted item: how many, the points each earns and the drill-down to its cases.
     *
     * @param key the item, e.g. ON_TIME, FACE_TO_FACE, OTHER_CONTACT, SATISFIED, A
     */
    public record Part(String key, long count, int points, Rate share, Figure figure, String value) {
    }
}
