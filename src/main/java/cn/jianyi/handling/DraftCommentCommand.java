package cn.jianyi.handling;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * The head's comment on the unit's draft reply: with {@code returning}, 退回修改 (the draft goes back to its handler);
 * without, a comment that leaves the draft where it is. The comment is required (at most 1,000 characters, stripped).
 */
public record DraftCommentCommand(long replyId, long unitId, String comment, boolean returning, Actor actor) {

    public DraftCommentCommand {
        if (comment == null || comment.isBlank()) {
            throw RuleViolation.onField("comment", returning ? "handling.draft.return.commentRequired"
                    : "handling.draft.comment.required");
        }
        comment = comment.strip();
        if (comment.length() > 1000) {
            throw RuleViolation.onField("comment", "handling.draft.comment.tooLong");
        }
    }
}
