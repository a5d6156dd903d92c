package cn.jianyi.handling;

import java.util.Arrays;
import java.util.List;

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
    private final ReplyRepository replies;
    private final Commitments commitments;

    ReplyTemplates(SuggestionManagement suggestions, Meetings meetings, Directory directory, ReplyRepository replies,
                   Commitments commitments) {
        this.replies = replies;
        this.commitments = commitments;
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
    }

    /** A new draft's content and the commitments it starts with (ADR 0045). */
    public record DraftStart(ReplyContent content, List<Commitment> commitments) {
    }

    /**
     * Where the unit's next draft starts (ADR 0045): a redraft (after 重新办理) from the unit's last signed reply, its
     * text and class, with the open commitments of its earlier replies carried; a first draft from
     * {@link #newDraftTemplate} without a class, which the handler chooses.
     */
    public DraftStart draftStart(long suggestionId, long unitId) {
        var last = replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestionId).stream()
                .filter(r -> r.unitId() == unitId && r.isSigned())
                .max(java.util.Comparator.comparingInt(Reply::round));
        if (last.isPresent()) {
            return new DraftStart(last.get().content(), commitments.openFromEarlierRounds(suggestionId, unitId));
        }
        ReplyContent template = newDraftTemplate(suggestionId, unitId);
        return new DraftStart(new ReplyContent(null, template.title(), template.salutation(), template.body(),
                template.contactUnit(), template.contactPhone(), template.postcode(), template.copyTo(),
                template.publicity()), List.of());
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
