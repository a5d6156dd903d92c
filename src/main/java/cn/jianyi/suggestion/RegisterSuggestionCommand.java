package cn.jianyi.suggestion;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 登记建议.
 *
 * @param number the number within the meeting, or {@code null} for the next free number
 */
public record RegisterSuggestionCommand(long meetingId, Integer number, String title, String content,
                                        long leadDeputyId, List<Long> coSignerIds, SubjectArea category,
                                        LocalDate receivedOn, Actor actor) {

    public RegisterSuggestionCommand {
        coSignerIds = coSignerIds == null ? List.of() : List.copyOf(coSignerIds);
    }
}
