package cn.jianyi.statistics;

import cn.jianyi.shared.Actor;

/** A new version of a congress's 考评方案 was saved (published in the saving transaction). */
public record AssessmentSchemeSaved(long schemeId, long congressId, int version, Actor actor) {
}
