package cn.jianyi.publication;

import cn.jianyi.shared.Actor;

/**
 * 人工删除: a passage the clerk marked (selected in the page or typed) with its reason category; every occurrence
 * of it in the public copy's texts is removed. The passage is kept as typed but for surrounding white space.
 */
public record MarkPassageCommand(long publicationId, String passage, WithholdingGround category, Actor actor) {

    public MarkPassageCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        passage = passage == null || passage.isBlank() ? null : passage.strip();
    }
}
