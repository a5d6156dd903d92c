package cn.jianyi.handling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The unit head's comment on a draft reply: with a return for revision (退回修改) or on its own. Written once, never
 * changed; the drafting page shows those on the current draft.
 *
 * @param returned whether the head returned the draft with it
 */
@Table("reply_comments")
public record ReplyComment(@Id Long id, Long replyId, Long suggestionId, boolean returned, String comment,
                           String author, String authorName, Instant createdAt) {
}
