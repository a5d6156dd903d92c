package cn.jianyi.statistics;

import cn.jianyi.shared.Actor;

/** A new version of a congress's 考评方案, as entered; {@code null} where a field was left empty or did not parse. */
public record SaveAssessmentSchemeCommand(long congressId, Integer timelinessWeight, Integer contactWeight,
                                          Integer satisfactionWeight, Integer classWeight, Integer otherContactPoints,
                                          Integer basicallySatisfiedPoints, Integer classAPoints, Integer classBPoints,
                                          Integer classCPoints, Integer classDPoints, String note, Actor actor) {
}
