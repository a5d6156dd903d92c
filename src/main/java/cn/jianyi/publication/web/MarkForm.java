package cn.jianyi.publication.web;

import cn.jianyi.publication.MarkPassageCommand;
import cn.jianyi.publication.WithholdingGround;
import cn.jianyi.shared.Actor;

/** 人工删除: the passage (filled from the selection in the page, or typed) and its reason category. */
record MarkForm(String passage, WithholdingGround category) {

    static MarkForm blank() {
        return new MarkForm(null, null);
    }

    MarkPassageCommand toCommand(long publicationId, Actor actor) {
        return new MarkPassageCommand(publicationId, passage, category, actor);
    }
}
