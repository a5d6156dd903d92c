package cn.jianyi.handling;

import java.util.List;
import java.util.Map;

/**
 * What the drafting page shows beside the form (ADR 0045): the head's comments on the current draft, the co-units'
 * opinions, and in a later round the reply before, what the deputies answered to it and the office's requirement for
 * re-handling.
 *
 * @param unitNames    short names of the co-units whose opinions are shown, by id
 * @param previous     the unit's last signed reply, or {@code null} in the first round
 * @param answers      the deputies' answers to that reply
 * @param requirement  the congress office's 重新办理 decision as the timeline records it, or {@code null}
 */
public record DraftingContext(List<ReplyComment> comments, List<CoUnitOpinion> opinions, Map<Long, String> unitNames,
                              Reply previous, List<RoundFeedback.Answer> answers, String requirement) {

    public boolean isRedraft() {
        return previous != null;
    }
}
