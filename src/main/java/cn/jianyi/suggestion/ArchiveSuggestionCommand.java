package cn.jianyi.suggestion;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 历史复函导入: a case of an earlier meeting to file as a historical case, known from the reply letter that answered
 * it: its number in the meeting, a title (the letter's subject), its deputies (the first leads) and the remark for
 * the timeline (the letter's unit, document number, class and date).
 */
public record ArchiveSuggestionCommand(long meetingId, int number, String title, List<Long> deputyIds,
                                       LocalDate receivedOn, String remark, Actor actor) {

    public ArchiveSuggestionCommand {
        deputyIds = List.copyOf(new java.util.LinkedHashSet<>(deputyIds));
        if (deputyIds.isEmpty()) {
            throw new IllegalArgumentException("a historical case needs its deputy");
        }
        if (number <= 0) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
    }
}
