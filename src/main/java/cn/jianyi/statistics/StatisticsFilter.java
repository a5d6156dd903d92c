package cn.jianyi.statistics;

import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.SubjectArea;

/**
 * Which cases a statistic counts; {@code null} means any.
 *
 * @param meetingId the meeting the suggestions were raised at
 * @param year      the year of the case's first 交办 (the earliest assignment date); cases not yet assigned have no
 *                  such year and drop out when a year is chosen
 * @param unitId    a unit currently on the case
 * @param leadOnly  with {@code unitId}: only where that unit leads (主办) or answers its own part (分办), not as
 *                  co-unit (协办)
 * @param category  the subject area (分类) of the suggestion
 * @param scope     the reader's congresses ({@link DataScope.OfCongresses}, ADR 0042); {@link DataScope.All} for
 *                  every congress (system work, tests)
 */
public record StatisticsFilter(Long meetingId, Integer year, Long unitId, boolean leadOnly, SubjectArea category,
                               DataScope scope) {

    public StatisticsFilter {
        scope = scope == null ? DataScope.all() : scope;
    }

    /** Over every congress. */
    public StatisticsFilter(Long meetingId, Integer year, Long unitId, boolean leadOnly, SubjectArea category) {
        this(meetingId, year, unitId, leadOnly, category, DataScope.all());
    }

    /** The same filter, counting only the cases of the reader's congresses. */
    public StatisticsFilter within(DataScope scope) {
        return new StatisticsFilter(meetingId, year, unitId, leadOnly, category, scope);
    }

    public static StatisticsFilter all() {
        return new StatisticsFilter(null, null, null, false, null);
    }

    public static StatisticsFilter meeting(long meetingId) {
        return new StatisticsFilter(meetingId, null, null, false, null);
    }
}
