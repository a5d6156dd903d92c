package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jianyi.rules.ClassCheckRule.Match;

class ClassCheckRuleValidationTests {

    private static String problem(Match match, String pattern) {
        return ClassChecks.patternProblem(match, pattern).map(v -> v.field() + ":" + v.reasonKey()).orElse("none");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiterString = "=>", nullValues = "NULL", value = {
            "PATTERN => .*              => pattern:rules.classCheck.matchesEmpty",
            "PATTERN => .+              => pattern:rules.classCheck.matchesEverything",
            "PATTERN => [\\s\\S]          => pattern:rules.classCheck.matchesEverything",
            "PATTERN => [。，：！]       => pattern:rules.classCheck.matchesEverything",
            "PATTERN => 是|的|，        => pattern:rules.classCheck.matchesEverything",
            "PATTERN => 暂不|           => pattern:rules.classCheck.matchesEmpty",
            "PATTERN => ^(a+)+\\1$       => pattern:rules.classCheck.tooSlow",
            "PATTERN => (列入|纳入      => pattern:rules.classCheck.patternInvalid",
            "PATTERN => NULL            => pattern:rules.classCheck.patternRequired",
            "PATTERN => (列入|纳入).{0,16}(计划|规划) => none",
            "LITERAL => .*              => none",
            "LITERAL => 暂不具备条件    => none"})
    @DisplayName("规则校验：空的、编译不了、匹配空串或几乎每一句、回溯失控的都拒绝")
    void refusesBadPatterns(Match match, String pattern, String expected) {
        assertThat(problem(match, pattern)).isEqualTo(expected);
    }
}
