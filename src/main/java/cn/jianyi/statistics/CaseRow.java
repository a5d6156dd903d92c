package cn.jianyi.statistics;

import cn.jianyi.suggestion.Suggestion;

/** A case behind a figure, as the drill-down list shows it. */
public record CaseRow(long id, String meetingName, int number, String title, String leadUnitName,
                      Suggestion.Status status) {
}
