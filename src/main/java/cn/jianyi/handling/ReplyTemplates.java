package cn.jianyi.handling;

import java.util.Arrays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/** What a new reply draft starts with, from the case, its meeting and the unit. */
@Service
@Transactional(readOnly = true)
public class ReplyTemplates {

    private final SuggestionManagement suggestions;
    private final Meetings meetings;
    private final Directory directory;

    ReplyTemplates(SuggestionManagement suggestions, Meetings meetings, Directory directory) {
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
    }

    /** What a new draft starts with: the standard title and salutation, the unit's contact line, the copy list. */
    public ReplyContent newDraftTemplate(long suggestionId, long unitId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        MeetingView meeting = meetings.view(suggestion.meetingId());
        HandlingUnit unit = directory.unit(unitId);
        String deputy = String.join("、", suggestions.answeredLeadDeputies(suggestionId).stream()
                .map(d -> directory.deputy(d).name()).toList());
        String body = "您提出的《" + suggestion.title() + "》收悉，现答复如下：\n\n";
        return new ReplyContent(ResolutionCategory.A,
                "关于" + meeting.shortTitle() + "第" + suggestion.number() + "号建议的答复",
                "尊敬的" + deputy + "代表：", body, unit.shortName(), unit.phone(), unit.postcode(),
                Arrays.asList(meeting.replyCopyTo().split("\n")), Publicity.PROACTIVE);
    }
}
