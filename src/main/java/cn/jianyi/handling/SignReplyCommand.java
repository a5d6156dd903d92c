package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** 签发: the head of the reply's unit signs it on a date. */
public record SignReplyCommand(long replyId, long unitId, LocalDate signedOn, Actor actor) {
}
