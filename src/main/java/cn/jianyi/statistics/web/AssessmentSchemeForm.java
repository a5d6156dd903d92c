package cn.jianyi.statistics.web;

import jakarta.validation.constraints.Size;

import cn.jianyi.shared.Actor;
import cn.jianyi.statistics.AssessmentScheme;
import cn.jianyi.statistics.SaveAssessmentSchemeCommand;

/**
 * 考评方案 form: four weights and the points of contacts, forms and classes, each a whole number from 0 to 100. The
 * service checks again and adds the rule that the weights add up to 100. {@code version} is the version in force
 * when the page was read (hidden; 0 for the built-in default), so a version saved since refuses this one (ADR 0065).
 */
record AssessmentSchemeForm(
        @Points Integer timelinessWeight,
        @Points Integer contactWeight,
        @Points Integer satisfactionWeight,
        @Points Integer classWeight,
        @Points Integer otherContactPoints,
        @Points Integer basicallySatisfiedPoints,
        @Points Integer classAPoints,
        @Points Integer classBPoints,
        @Points Integer classCPoints,
        @Points Integer classDPoints,
        @Size(max = 500, message = "{validation.tooLong}") String note,
        Integer version) {

    /** Prefilled with the scheme in force. */
    static AssessmentSchemeForm of(AssessmentScheme s) {
        return new AssessmentSchemeForm(s.timelinessWeight(), s.contactWeight(), s.satisfactionWeight(),
                s.classWeight(), s.otherContactPoints(), s.basicallySatisfiedPoints(), s.classAPoints(),
                s.classBPoints(), s.classCPoints(), s.classDPoints(), null, s.version());
    }

    /** What was typed, as if read now with the {@code latest} version in force (ADR 0065). */
    AssessmentSchemeForm withVersion(Integer latest) {
        return new AssessmentSchemeForm(timelinessWeight, contactWeight, satisfactionWeight, classWeight,
                otherContactPoints, basicallySatisfiedPoints, classAPoints, classBPoints, classCPoints, classDPoints,
                note, latest);
    }

    SaveAssessmentSchemeCommand toCommand(long congressId, Actor actor) {
        return new SaveAssessmentSchemeCommand(congressId, timelinessWeight, contactWeight, satisfactionWeight,
                classWeight, otherContactPoints, basicallySatisfiedPoints, classAPoints, classBPoints, classCPoints,
                classDPoints, note, actor, version);
    }
}
