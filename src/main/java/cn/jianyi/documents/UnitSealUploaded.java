package cn.jianyi.documents;

import cn.jianyi.shared.Actor;

/** A unit's electronic seal was uploaded (checked and stored); the audit log records it. */
public record UnitSealUploaded(long unitId, String certificateSubject, Actor actor) {
}
