package cn.jianyi.publication;

import cn.jianyi.shared.Actor;

/**
 * 公开决定 on one publication record: 公开, 部分公开 (with a reason) or 不予公开 (with its category of 政府信息公开条例
 * and a reason). Blank texts become {@code null}; {@link Publications#decide} refuses what is missing beside its field.
 */
public record DecidePublicationCommand(long publicationId, Outcome outcome, WithholdingGround ground, String reason,
                                       Actor actor) {

    /** The three decisions the office can take. */
    public enum Outcome {
        /** 公开. */
        PUBLISH,
        /** 部分公开. */
        PUBLISH_IN_PART,
        /** 不予公开. */
        WITHHOLD
    }

    public DecidePublicationCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
