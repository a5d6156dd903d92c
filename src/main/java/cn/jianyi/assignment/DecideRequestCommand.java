package cn.jianyi.assignment;

import cn.jianyi.shared.Actor;

/**
 * The congress office's decision on a unit's request (退回 or 延期).
 *
 * @param newUnitId for an approved return: the unit that takes over (usually the one proposed); ignored otherwise
 */
public record DecideRequestCommand(long requestId, boolean approve, Long newUnitId, String note, Actor actor) {
}
