package cn.jianyi.suggestion;

import java.time.LocalDate;

import cn.jianyi.shared.ChineseNumerals;

/** One row of a case list. */
public record SuggestionSummary(long id, int term, int meeting, int number, String title, String leadDeputyName,
                                SubjectArea category, Suggestion.Status status, LocalDate receivedOn,
                                String leadUnitName, LocalDate dueOn, String keyLeader, long leadDeputyId) {

    /** 重点督办. */
    public boolean isKey() {
        return keyLeader != null;
    }

    public String meetingName() {
        return ChineseNumerals.of(term) + "届" + ChineseNumerals.of(meeting) + "次会议";
    }
}
