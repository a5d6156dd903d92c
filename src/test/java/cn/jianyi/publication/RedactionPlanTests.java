package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.shared.Actor;

class RedactionPlanTests {

    private static final Actor ADMIN = new Actor("admin", "陈立", "ADMIN", null);

    private static final Map<TextField, String> TEXTS = Map.of(
            TextField.SUGGESTION_TITLE, "关于幸福小区加装电梯的建议",
            TextField.SUGGESTION_TEXT, "居民张三反映，幸福小区3栋2单元501室漏水，张三电话13812345678。",
            TextField.REPLY_BODY, "经核实，已联系张三（电话：13812345678），身份证11010519491231002X。",
            TextField.CONTACT_LINE, "联系单位及电话：区卫健委 0791-83730001，邮政编码：330100");

    private static RedactionRule rule(RedactionRule.Kind kind, String pattern, String replacement, Long unitId) {
        return RedactionRule.create(new NewRedactionRuleCommand(1, unitId, kind, pattern, replacement, "理由", ADMIN),
                Instant.EPOCH);
    }

    @Test
    @DisplayName("自动删除：号码、身份证、门牌；单位的联系电话不动")
    void detectorsRemovePrivateDataButNotTheUnitsContactLine() {
        RedactionPlan plan = RedactionPlan.of(TEXTS, List.of(), List.of(), List.of());
        assertThat(plan.redacted(TextField.SUGGESTION_TEXT))
                .isEqualTo("居民张三反映，幸福小区[已删除]漏水，张三电话[已删除]。");
        assertThat(plan.redacted(TextField.REPLY_BODY))
                .isEqualTo("经核实，已联系张三（电话：[已删除]），身份证[已删除]。");
        assertThat(plan.redacted(TextField.CONTACT_LINE)).isEqualTo(TEXTS.get(TextField.CONTACT_LINE));
        assertThat(plan.redactionsOf(TextField.CONTACT_LINE)).isEmpty();
    }

    @Test
    @DisplayName("联系行里的手机号码是个人的，删除")
    void aMobileInTheContactLineIsRemoved() {
        var texts = new java.util.EnumMap<>(TEXTS);
        texts.put(TextField.CONTACT_LINE, "联系单位及电话：区卫健委 13912345678");
        assertThat(RedactionPlan.of(texts, List.of(), List.of(), List.of()).redacted(TextField.CONTACT_LINE))
                .isEqualTo("联系单位及电话：区卫健委 [已删除]");
    }

    @Test
    @DisplayName("撤销一处自动删除只影响那一处")
    void undoingOneMatchKeepsTheOthers() {
        RedactionPlan before = RedactionPlan.of(TEXTS, List.of(), List.of(), List.of());
        Redaction phone = before.redactionsOf(TextField.REPLY_BODY).get(0);
        RedactionPlan after = RedactionPlan.of(TEXTS, List.of(), List.of(),
                List.of(new RedactionPlan.Exemption(TextField.REPLY_BODY, phone.start(), phone.original())));
        assertThat(after.redacted(TextField.REPLY_BODY)).contains("13812345678").doesNotContain("11010519491231002X");
        assertThat(after.redacted(TextField.SUGGESTION_TEXT)).doesNotContain("13812345678");
        assertThat(after.undoneOf(TextField.REPLY_BODY)).extracting(Redaction::original).containsExactly("13812345678");
        assertThat(after.pieces(TextField.REPLY_BODY)).filteredOn(RedactionPlan.Piece::undone).hasSize(1);
    }

    @Test
    @DisplayName("人工删除：标记的文字在各处一并删除")
    void aMarkedPassageGoesEverywhere() {
        RedactionPlan plan = RedactionPlan.of(TEXTS, List.of(),
                List.of(new RedactionPlan.Mark(7, "张三", WithholdingGround.PERSONAL_PRIVACY)), List.of());
        assertThat(plan.redacted(TextField.SUGGESTION_TEXT)).doesNotContain("张三");
        assertThat(plan.redacted(TextField.REPLY_BODY)).doesNotContain("张三");
        assertThat(plan.all()).filteredOn(r -> r.kind() == RedactionKind.MANUAL).hasSize(3)
                .allMatch(r -> r.markId() == 7 && r.category() == WithholdingGround.PERSONAL_PRIVACY);
    }

    @Test
    @DisplayName("删除规则：全局的和本单位的适用，其他单位的不适用；重叠的合并删除")
    void rulesApplyByUnitAndOverlapsAreJoined() {
        RedactionRule global = rule(RedactionRule.Kind.LITERAL, "幸福小区", "某小区", null);
        RedactionRule other = rule(RedactionRule.Kind.LITERAL, "漏水", "[另一单位]", 99L);
        RedactionRule overlapping = rule(RedactionRule.Kind.PATTERN, "小区3栋", "[X]", null);
        var applying = java.util.stream.Stream.of(global, other, overlapping).filter(r -> r.appliesTo(1)).toList();
        RedactionPlan plan = RedactionPlan.of(TEXTS, applying, List.of(), List.of());
        assertThat(plan.redacted(TextField.SUGGESTION_TITLE)).isEqualTo("关于某小区加装电梯的建议");
        assertThat(plan.redacted(TextField.SUGGESTION_TEXT)).isEqualTo("居民张三反映，某小区漏水，张三电话[已删除]。")
                .doesNotContain("3栋").doesNotContain("501");
    }

    @Test
    @DisplayName("超出时限的规则被点名，不能据此决定")
    void aCatastrophicRuleIsNamedNotRunForever() {
        var texts = Map.of(TextField.REPLY_BODY, "a".repeat(5000) + "!");
        RedactionRule slow = rule(RedactionRule.Kind.PATTERN, "(.*){1,32000}[bc]", "[X]", null);
        long started = System.nanoTime();
        RedactionPlan plan = RedactionPlan.of(texts, List.of(slow), List.of(), List.of());
        assertThat(plan.failedRules()).containsExactly(slow);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("公开文本不含任何被删除的原文")
    void theRedactedTextsHoldNoneOfTheRemovedStrings() {
        RedactionPlan plan = RedactionPlan.of(TEXTS, List.of(rule(RedactionRule.Kind.LITERAL, "漏水", "[已删除]", null)),
                List.of(new RedactionPlan.Mark(1, "已联系", WithholdingGround.OTHER)), List.of());
        for (TextField field : TextField.values()) {
            String published = plan.redacted(field);
            plan.redactionsOf(field).forEach(r -> assertThat(published).doesNotContain(r.original()));
        }
    }
}
