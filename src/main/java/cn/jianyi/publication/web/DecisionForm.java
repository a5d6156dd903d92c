package cn.jianyi.publication.web;

import cn.jianyi.publication.DecidePublicationCommand;
import cn.jianyi.publication.WithholdingGround;
import cn.jianyi.shared.Actor;

/** 公开决定: 公开, 部分公开 or 不予公开, the category of 政府信息公开条例 (不予公开) and the reason. */
record DecisionForm(DecidePublicationCommand.Outcome outcome, WithholdingGround ground, String reason) {

    static DecisionForm blank() {
        return new DecisionForm(null, null, null);
    }

    DecidePublicationCommand toCommand(long publicationId, Actor actor) {
        return new DecidePublicationCommand(publicationId, outcome, ground, reason, actor);
    }
}
