package cn.jianyi.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The similarity ranker: on the measurement task it beats the bigram TF-IDF baseline clearly (the figures
 * are in docs/benchmarks.md, {@code bin/benchmark similarity}), and its parts do what they say on small cases.
 */
class SimilarityRankingTests {

    private final SimilarityRanker ranker = new SimilarityRanker();

    @Test
    void findsTheLetterFromItsSuggestionTitleClearlyBetterThanTheBaseline() {
        var all = LetterRetrieval.corpus();
        assertThat(all).as("corpus letters with a stated suggestion title").hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(letter -> assertThat(letter.candidate().text()).doesNotContain(letter.title()));
        var ours = LetterRetrieval.Figures.of(LetterRetrieval.run(all, all, ranker::rank));
        var base = LetterRetrieval.Figures.of(LetterRetrieval.run(all, all, BigramTfIdf::rank));
        assertThat(ours.top1()).isGreaterThanOrEqualTo(base.top1() + 0.10).isGreaterThanOrEqualTo(0.85);
        assertThat(ours.mrr()).isGreaterThanOrEqualTo(base.mrr() + 0.05);
        var heldOut = LetterRetrieval.half(all, 1);
        assertThat(LetterRetrieval.Figures.of(LetterRetrieval.run(all, heldOut, ranker::rank)).mrr())
                .isGreaterThan(LetterRetrieval.Figures.of(LetterRetrieval.run(all, heldOut, BigramTfIdf::rank)).mrr());
    }

    @Test
    void findsTheSuggestionTitleALetterAnswers() {
        assertThat(LetterRetrieval.suggestionTitle("您提出的《关于健全生育服务保障机制的建议》收悉"))
                .isEqualTo("关于健全生育服务保障机制的建议");
        assertThat(LetterRetrieval.suggestionTitle("您提出关于拓宽麻庄村道路的建议收悉,现答复如下"))
                .isEqualTo("关于拓宽麻庄村道路的建议");
        assertThat(LetterRetrieval.suggestionTitle("现将办理情况答复如下")).isNull();
    }

    @Test
    void anAbbreviationMeetsWhatItAbbreviates() {
        var first = top("区卫健委关于婴幼儿照护的答复", letter("a", "区卫生健康委员会办理婴幼儿照护服务"),
                letter("b", "区教育局办理幼儿园照护服务"));
        assertThat(first).isEqualTo("a");
    }

    @Test
    void synonymsFromTheWordListMatch() {
        assertThat(top("关于在城区人行道安装红绿灯的建议", letter("a", "学校门口的交通信号灯已经安装"),
                letter("b", "城区公园的绿化已经完成"))).isEqualTo("a");
        assertThat(top("关于解决农村饮水困难的建议", letter("a", "自来水管网延伸到各村"),
                letter("b", "农村公路养护资金已下达"))).isEqualTo("a");
    }

    @Test
    void aRareSharedNameOutweighsCommonWords() {
        assertThat(top("关于东(溪)龙(王)公路升级改造的提案",
                letter("a", "东溪镇至龙王镇的县道已纳入规划"),
                letter("b", "公路改造工程已经完工并交付使用"),
                letter("c", "县道养护资金已经下达到各乡镇"), letter("d", "乡道改造工程明年列入计划"),
                letter("e", "国道公路改造工程正在开展前期工作"),
                letter("f", "养老服务"), letter("g", "垃圾分类"), letter("h", "学校宿舍"))).isEqualTo("a");
    }

    @Test
    void traditionalCharactersAndConverterDebrisAreFolded() {
        assertThat(top("关于加强农村安全饮水投入的建议", letter("a", "關(guān)于農(nóng)村飲水安全工程"),
                letter("b", "关于城市停车场建设"))).isEqualTo("a");
    }

    @Test
    void boilerplateCountsForLittle() {
        assertThat(top("关于进一步加强养老服务工作的建议", letter("a", "关于进一步加强工作的建议的答复"),
                letter("b", "日间照料中心和敬老院"))).isEqualTo("b");
        var ranked = ranker.rank("关于建议的答复", List.of(letter("a", "关于建议的答复"), letter("b", "养老服务")));
        assertThat(ranked).extracting(Ranked::score).containsOnly(0.0);
    }

    @Test
    void anEmptyQueryOrNoCandidatesRankNothing() {
        assertThat(ranker.rank("", List.of(letter("a", "养老服务")))).extracting(Ranked::score).containsExactly(0.0);
        assertThat(ranker.rank("养老", List.of())).isEmpty();
    }

    private String top(String query, Candidate... candidates) {
        return ranker.rank(query, List.of(candidates)).get(0).candidate().id();
    }

    private static Candidate letter(String id, String text) {
        return new Candidate(id, "", text);
    }
}
