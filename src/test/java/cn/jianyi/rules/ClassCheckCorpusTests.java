package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;

/**
 * The class-check rules the application ships (migration V40, scheme NPC) on real sentences of the corpus letters
 * (../shared/corpus/replies) and on every labelled letter under its class; the figures are in ADR 0062.
 */
@OnPostgres
@IntegrationTest
class ClassCheckCorpusTests {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "replies");

    @Autowired ClassChecks checks;

    /** The rules' messages end with what they found; the test names a rule by that ending. */
    private String raised(String letter, String sentence) {
        return String.join(" | ", checks.warnings("NPC", letter, sentence, false).stream()
                .map(w -> w.message().substring(w.message().indexOf('，') + 1) + (w.sentences().isEmpty() ? ""
                        : " «" + String.join("", w.sentences()) + "»")).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // 005.txt, 034.txt: cannot be done now
            "A | 二是我县县财政无法筹集公路建设项目资金,需争取国家项目资金。 | 但答复说目前不具备条件或不能解决。",
            "A | 2.扎格图嘎查国家级蒙古牛保种场道路涉及穿越内蒙古腾格里沙漠自治区级自然保护区,无法实施。 | 但答复说目前不具备条件或不能解决。",
            // the example (no corpus letter says it in these words)
            "A | 该路段拓宽改造暂不具备条件。 | 但答复说目前不具备条件或不能解决。",
            // 030.txt, 055.txt: planned
            "A | 为确保相关工作顺利推进,建议协调定安资规部门及时将项目纳入正在调整的国土空间规划,做好规划和用地保障相关储备工作。 | 但答复说事项列入计划或规划，尚待实施。",
            "A | 其中省道302太阳湾至龙王段已纳入“十四五”交通运输综合发展规划,目前正在开展前期工作。 | 但答复说事项列入计划或规划，尚待实施。",
            // 008.txt, 012.txt, 030.txt: next steps, under study
            "A | 下一步县卫生健康局将会同财政、石林街道政府等部门尽快商议协调。 | 但答复说事项仍在研究或有待下一步办理。",
            "A | 下一步工作中,我们将积极引导,广泛宣传,增强市民垃圾分类意识,增设分类垃圾桶,推进垃圾分类相关工作。 | 但答复说事项仍在研究或有待下一步办理。",
            "A | 我厅主动谋划,加强部署,已启动相关研究论证工作,争取尽快开工建设。 | 但答复说事项仍在研究或有待下一步办理。",
            // 023.txt, 046.txt: waits for something
            "A | 经结合白塔镇共同研究,现邢峰线(群英路)白塔段(西郝庄—朱金紫)道路,已列入交通厅动态管理系统,待省厅终审后实施。 | 但答复说事项要等条件具备后才办或尚未办理。",
            "A | 因搬迁点无符合建设活动室用地,今后我乡将积极协调建设用地,并向上级请示汇报,争取项目,待项目批准后及时解决,望能得到您更多的支持和理解。 | 但答复说事项要等条件具备后才办或尚未办理。",
            // 002.txt, 000.txt: solved, under a class of matters left for reference (D) or for later (C)
            "D | 我局于6月20日召开会议进行了专题研究,并与您进行沟通,现已办理完毕。 | 但答复说问题已经解决：请核对分类。",
            "D | 全面解决我区入托贵、入托难的问题。 | 但答复说问题已经解决：请核对分类。"})
    @DisplayName("每条规则：语料中的真实语句引起相应提示并被引用")
    void eachRuleOnRealSentences(String letter, String sentence, String expected) {
        assertThat(raised(letter, sentence)).isEqualTo(expected + " «" + sentence + "»");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // 000.txt, 050.txt: class A letters saying what was done
            "A | 截至目前,我区现有规范性托育机构3家,幼儿园托班60家,社区托育中心2家,共计托位数2380个,其中普惠性托位数2380个,普惠率100%,圆满完成了省市下达我区托育建设目标任务,每千人口拥有托位数",
            "A | 二是构建新型婚育文化。",
            // 002.txt, 006.txt, 027.txt: B with a dated promise
            "B | 我局已将该段道路上报为2024年破损路改造项目,将予以治理。",
            "B | 根据您的建议,2023年我局将继续提质改造农村公路137公里,通过逐步拓宽乡村道路,加快实现农村地区运输更便捷、流通更高效、运输更安全、出行更宜人目标。",
            "C | 此规划已上报纳入湖南省教育厅的2019-2020年乡镇寄宿制学校项目库。",
            // 005.txt: C saying it waits, not that it is solved
            "C | 待项目资金下达之后我局立即对兴坪至麻庄道路进行拓宽。\\n2025年底前完成。"})
    @DisplayName("措辞与分类一致的真实语句不引起提示")
    void agreeingSentencesRaiseNothing(String letter, String sentence) {
        assertThat(raised(letter, sentence.replace("\\n", "\n"))).isEmpty();
    }

    @Test
    @DisplayName("B/C类答复没有写明时限：提示（不引用语句）；登记了办理承诺则不提示")
    void commitmentClassesExpectADate() {
        String sentence = "我厅主动谋划,加强部署,已启动相关研究论证工作,争取尽快开工建设。";   // 030.txt, class B
        assertThat(raised("B", sentence)).isEqualTo("应有跟踪办理的承诺，但答复没有写明完成时限，也未登记办理承诺。");
        assertThat(checks.warnings("NPC", "B", sentence, true)).isEmpty();
    }

    @Test
    @DisplayName("全部有分类标注的语料答复：按标注分类检查，提示数与人工判读一致")
    void everyLabelledLetterUnderItsClass() throws Exception {
        Map<String, String> underLabel = new TreeMap<>();
        Map<String, String> asClassA = new TreeMap<>();
        for (var letter : labelledLetters()) {
            underLabel.put(letter.file() + " " + letter.classification(), kinds(letter.classification(), letter.text()));
            if (!letter.classification().equals("A")) {
                asClassA.put(letter.file(), kinds("A", letter.text()));
            }
        }
        assertThat(underLabel).hasSize(9);
        // 4 of 9 letters warn, all for a missing deadline; each is right by reading (ADR 0062)
        assertThat(underLabel).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "000_aef254c2c95ce4c2.txt A", "",
                "002.txt B", "",
                "005.txt C", "EXPECTS_DATE",
                "006.txt B", "",
                "023.txt C", "EXPECTS_DATE",
                "027.txt B", "",
                "030.txt B", "EXPECTS_DATE",
                "046.txt C", "EXPECTS_DATE",
                "050.txt A", "")));
        // had the 7 letters of class B or C been marked A, the check would have warned on 4
        assertThat(asClassA).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "002.txt", "",
                "005.txt", "CONTRADICTS",
                "006.txt", "",
                "023.txt", "CONTRADICTS",
                "027.txt", "",
                "030.txt", "CONTRADICTS,CONTRADICTS",
                "046.txt", "CONTRADICTS")));
    }

    private String kinds(String letter, String text) {
        return String.join(",", checks.warnings("NPC", letter, text, false).stream().map(w -> w.kind().name())
                .toList());
    }

    record Letter(String file, String classification, String text) {
    }

    static List<Letter> labelledLetters() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(CORPUS.resolve("labels.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.readTree(line))
                .filter(label -> label.hasNonNull("classification"))
                .map(label -> {
                    String file = label.get("file").asString();
                    try {
                        return new Letter(file, label.get("classification").asString(),
                                Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
    }
}
