package cn.jianyi.statistics;

import cn.jianyi.shared.Actor;

/**
 * A new version of a congress's 考评方案, as entered; {@code null} where a field was left empty or did not parse.
 *
 * @param readVersion the version in force when the form was read (0: the built-in default): another version saved
 *                    since refuses this one ({@code StaleVersion}); {@code null}, not checked
 */
public record SaveAssessmentSchemeCommand(long congressId, Integer timelinessWeight, Integer contactWeight,
                                          Integer satisfactionWeight, Integer classWeight, Integer otherContactPoints,
                                          Integer basicallySatisfiedPoints, Integer classAPoints, Integer classBPoints,
                                          Integer classCPoints, Integer classDPoints, String note, Actor actor,
                                          Integer readVersion) {

    /** Without a version read: not checked (a caller that reads and saves at once). */
    public SaveAssessmentSchemeCommand(long congressId, Integer timelinessWeight, Integer contactWeight,
                                       Integer satisfactionWeight, Integer classWeight, Integer otherContactPoints,
                                       Integer basicallySatisfiedPoints, Integer classAPoints, Integer classBPoints,
                                       Integer classCPoints, Integer classDPoints, String note, Actor actor) {
        this(congressId, timelinessWeight, contactWeight, satisfactionWeight, classWeight, otherContactPoints,
                basicallySatisfiedPoints, classAPoints, classBPoints, classCPoints, classDPoints, note, actor, null);
    }
}
