package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/**
 * 签发: the head of the reply's unit signs it on a date. {@code readVersion} is the reply's version when the head read
 * the letter: refused if the draft changed since, so nobody signs a text they did not see (ADR 0065); {@code null}:
 * not checked.
 */
public record SignReplyCommand(long replyId, long unitId, LocalDate signedOn, Actor actor, Integer readVersion) {

    public SignReplyCommand(long replyId, long unitId, LocalDate signedOn, Actor actor) {
        this(replyId, unitId, signedOn, actor, null);
    }
}
