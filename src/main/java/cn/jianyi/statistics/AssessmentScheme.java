package cn.jianyi.statistics;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a congress's 考评方案, the formula that scores its units' handling work. A version is never edited:
 * a change is saved as the next version. {@code id == null} with version 0 is the built-in default, in force until
 * the congress saves its own (ADR 0024).
 *
 * @param timelinessWeight         weight of 按期办复 (whole points; the four weights add up to 100)
 * @param contactWeight            weight of 联系代表
 * @param satisfactionWeight       weight of 满意度
 * @param classWeight              weight of 答复分类
 * @param otherContactPoints       points (of 100) for a case whose only contacts before the reply were not 面商
 * @param basicallySatisfiedPoints points (of 100) for a 基本满意 form; 满意 earns 100, 不满意 0
 * @param classAPoints             points (of 100) for a reply in class A (the first class of the scheme)
 */
@Table("assessment_schemes")
public record AssessmentScheme(@Id Long id, Long congressId, int version, int timelinessWeight, int contactWeight,
                               int satisfactionWeight, int classWeight, int otherContactPoints,
                               int basicallySatisfiedPoints, int classAPoints, int classBPoints, int classCPoints,
                               int classDPoints, String note, String createdBy, Instant createdAt) {

    /** The built-in default: 按期办复 30, 联系代表 20, 满意度 30, 分类 20; 非面商联系 60; 基本满意 80; A/B/C/D 100/80/60/40. */
    public static AssessmentScheme defaults(long congressId) {
        return new AssessmentScheme(null, congressId, 0, 30, 20, 30, 20, 60, 80, 100, 80, 60, 40, null, "system",
                Instant.EPOCH);
    }

    public boolean isDefault() {
        return id == null;
    }

    /** The weights in the order of the components: 按期办复, 联系代表, 满意度, 分类. */
    public List<Integer> weights() {
        return List.of(timelinessWeight, contactWeight, satisfactionWeight, classWeight);
    }

    /** The points of a class letter A..D. */
    public int classPoints(String letter) {
        return switch (letter) {
            case "A" -> classAPoints;
            case "B" -> classBPoints;
            case "C" -> classCPoints;
            case "D" -> classDPoints;
            default -> throw new IllegalArgumentException("class " + letter);
        };
    }
}
