package cn.jianyi.suggestion;

import java.util.List;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;

/** Everything the case file holds about a suggestion, for the case page. */
public record SuggestionDetails(Suggestion suggestion, MeetingView meeting, Deputy leadDeputy,
                                List<Deputy> coSigners, List<UnitOnCase> units, List<TimelineEntry> timeline) {

    /** A unit handling the case. */
    public record UnitOnCase(HandlingUnit unit, HandlingRole role, java.time.LocalDate dueOn) {
    }

    public long id() {
        return suggestion.id();
    }

    public Suggestion.Status status() {
        return suggestion.status();
    }

    public UnitOnCase leadUnit() {
        return units.stream().filter(u -> u.role() == HandlingRole.LEAD).findFirst().orElse(null);
    }

    /** 关于区人大二届四次会议第43号建议的答复. */
    public String replyTitle() {
        return "关于" + meeting.shortTitle() + "第" + suggestion.number() + "号建议的答复";
    }
}
