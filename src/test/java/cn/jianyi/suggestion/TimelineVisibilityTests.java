package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.TimelineVisibility.Reading;

/** The one decision of who reads which timeline entry, for every role and every kind of entry. */
class TimelineVisibilityTests {

    private static final EnumSet<CaseAction> INTERNAL = EnumSet.of(CaseAction.REQUEST_RETURN, CaseAction.REJECT_RETURN,
            CaseAction.REQUEST_EXTENSION, CaseAction.REJECT_EXTENSION, CaseAction.GIVE_OPINION, CaseAction.COUNTERSIGN,
            CaseAction.DRAFT_REPLY, CaseAction.SUBMIT_DRAFT, CaseAction.RETURN_DRAFT, CaseAction.COMMENT_DRAFT,
            CaseAction.REVIEW_CLASS, CaseAction.REMIND, CaseAction.NOTIFY, CaseAction.PREPARE_PUBLICATION);
    private static final EnumSet<CaseAction> OUTCOME_ONLY = EnumSet.of(CaseAction.MERGE, CaseAction.MERGE_IN,
            CaseAction.DESIGNATE_KEY, CaseAction.APPROVE_RETURN, CaseAction.REASSIGN, CaseAction.APPROVE_EXTENSION,
            CaseAction.RESCHEDULE, CaseAction.REOPEN_FOR_REHANDLING);

    @Test
    void everyRoleButTheDeputyReadsEveryEntryWhole() {
        for (Role role : Role.values()) {
            if (role == Role.DEPUTY) {
                continue;
            }
            for (CaseAction action : CaseAction.values()) {
                assertThat(TimelineVisibility.of(action, role)).as(role + " " + action).isEqualTo(Reading.FULL);
            }
        }
    }

    @Test
    void theDeputyReadsNoInternalDeliberationAndOutcomesWithoutTheOfficesNote() {
        for (CaseAction action : CaseAction.values()) {
            Reading expected = INTERNAL.contains(action) ? Reading.NONE
                    : OUTCOME_ONLY.contains(action) ? Reading.WITHOUT_REMARK : Reading.FULL;
            assertThat(TimelineVisibility.of(action, Role.DEPUTY)).as(action.name()).isEqualTo(expected);
        }
    }

    @Test
    void theTimelineIsCutAsDecided() {
        List<TimelineEntry> timeline = Arrays.stream(CaseAction.values()).map(action -> new TimelineEntry(
                action.ordinal(), 1, Instant.EPOCH, action, null, Suggestion.Status.REGISTERED, "u", "名", "CLERK",
                null, "说明" + action)).toList();
        List<TimelineEntry> deputys = TimelineVisibility.as(Role.DEPUTY, timeline);
        assertThat(deputys).extracting(TimelineEntry::action).doesNotContainAnyElementsOf(INTERNAL)
                .hasSize(CaseAction.values().length - INTERNAL.size());
        assertThat(deputys).filteredOn(e -> OUTCOME_ONLY.contains(e.action())).extracting(TimelineEntry::remark)
                .containsOnlyNulls();
        assertThat(deputys).filteredOn(e -> e.action() == CaseAction.GIVE_FEEDBACK).extracting(TimelineEntry::remark)
                .containsExactly("说明GIVE_FEEDBACK");
        assertThat(TimelineVisibility.as(Role.CLERK, timeline)).isEqualTo(timeline);
    }
}
