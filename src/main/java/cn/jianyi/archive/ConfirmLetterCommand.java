package cn.jianyi.archive;

import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 确认入库: the letter's values as the clerk reviewed them (already checked by the form) and the names to link:
 * the issuing unit, the deputies addressed (人大 letters) and, for a meeting, the congress by name with its level,
 * term and meeting numbers.
 */
public record ConfirmLetterCommand(long letterId, LetterFields fields, List<String> addressees, Actor actor) {

    public ConfirmLetterCommand {
        addressees = List.copyOf(addressees);
    }
}
