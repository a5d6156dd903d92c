package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.jianyi.shared.RuleViolation;

class RedactionRuleValidationTests {

    private static String problem(RedactionRule.Kind kind, String pattern) {
        RuleViolation violation = RedactionRules.patternProblem(kind, pattern, RedactionRule.DEFAULT_REPLACEMENT);
        return violation == null ? "none" : violation.field() + ":" + violation.reasonKey();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "PATTERN | .*            | pattern:publication.rule.matchesEverything",
            "PATTERN | [\\s\\S]+     | pattern:publication.rule.matchesEverything",
            "PATTERN | .+            | pattern:publication.rule.matchesEverything",
            "PATTERN | a*            | pattern:publication.rule.matchesEmpty",
            "PATTERN | \\b           | pattern:publication.rule.matchesEmpty",
            "PATTERN | ^(a+)+\\1$     | pattern:publication.rule.tooSlow",
            "PATTERN | (.*){1,32000}[bc] | pattern:publication.rule.tooSlow",
            "PATTERN | (a+)+$        | none",
            "PATTERN | [张三         | pattern:publication.rule.patternInvalid",
            "PATTERN | 张[三四]      | none",
            "PATTERN | 1[3-9]\\d{9}  | none",
            "LITERAL | .*            | none",
            "LITERAL | 张三          | none"})
    @DisplayName("规则校验：编译不了、匹配空串或全部、回溯失控的都拒绝")
    void refusesBadPatterns(RedactionRule.Kind kind, String pattern, String expected) {
        assertThat(problem(kind, pattern)).isEqualTo(expected);
    }

    @Test
    @DisplayName("替换文字本身会被匹配的拒绝")
    void refusesAReplacementTheRuleWouldMatch() {
        assertThat(RedactionRules.patternProblem(RedactionRule.Kind.LITERAL, "删除", "[已删除]").field())
                .isEqualTo("replacement");
    }

    @Test
    @DisplayName("空规则拒绝")
    void refusesAnEmptyPattern() {
        assertThat(problem(RedactionRule.Kind.LITERAL, null)).isEqualTo("pattern:publication.rule.patternRequired");
    }
}
