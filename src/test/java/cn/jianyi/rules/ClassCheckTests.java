package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.rules.ClassCheckRule.Kind;
import cn.jianyi.rules.ClassCheckRule.Match;

/** The check's mechanics on rules held in memory; the shipped rules on the corpus: {@link ClassCheckCorpusTests}. */
class ClassCheckTests {

    private static final ClassCheckRule NOT_YET = ClassCheckRule.of("NPC", 1, Kind.CONTRADICTS, Match.LITERAL,
            "暂不具备条件", "A类但暂不具备条件");
    private static final ClassCheckRule DATED = ClassCheckRule.of("NPC", 2, Kind.EXPECTS_DATE, Match.PATTERN,
            "\\d{4}年|年底", "B类但无时限");

    @Test
    @DisplayName("矛盾的表述：提示并引用每一句匹配的句子")
    void quotesEverySentenceThatContradicts() {
        var warnings = new ClassCheck(List.of(NOT_YET)).warnings(
                "感谢您的建议。该路段改造暂不具备条件。我们将持续关注。目前仍暂不具备条件！", false);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("A类但暂不具备条件");
            assertThat(w.sentences()).containsExactly("该路段改造暂不具备条件。", "目前仍暂不具备条件！");
            assertThat(w.timedOut()).isFalse();
        });
    }

    @Test
    @DisplayName("措辞与分类一致则没有提示")
    void agreeingWordingRaisesNothing() {
        assertThat(new ClassCheck(List.of(NOT_YET)).warnings("该路段已于6月完成改造。", false)).isEmpty();
    }

    @Test
    @DisplayName("应有时限：全文没有日期或期限时提示，有一句写明即可")
    void expectsADateSomewhere() {
        var check = new ClassCheck(List.of(DATED));
        assertThat(check.warnings("我局将积极争取资金。尽快实施。", false)).singleElement()
                .satisfies(w -> assertThat(w.sentences()).isEmpty());
        assertThat(check.warnings("我局将积极争取资金。2025年底前实施。", false)).isEmpty();
    }

    @Test
    @DisplayName("应有时限：已登记办理承诺的不提示")
    void aRecordedCommitmentIsADeadline() {
        assertThat(new ClassCheck(List.of(DATED)).warnings("我局将积极争取资金。", true)).isEmpty();
    }

    @Test
    @DisplayName("落款日期不算承诺时限")
    void theLettersDateIsNoDeadline() {
        assertThat(new ClassCheck(List.of(DATED)).warnings("我局将积极争取资金。\n2021年9月2日", false)).hasSize(1);
    }

    @Test
    @DisplayName("回溯失控的规则：说明未能检查，不卡住页面")
    void aRunawayRuleSaysItCouldNotTell() {
        var slow = ClassCheckRule.of("NPC", 1, Kind.CONTRADICTS, Match.PATTERN, "(a+)+$", "慢");
        long start = System.nanoTime();
        var warnings = new ClassCheck(List.of(slow)).warnings("a".repeat(5000) + "!", false);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.timedOut()).isTrue());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }
}
