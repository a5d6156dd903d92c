package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    @DisplayName("按。！？；和换行分句，引号随句，空行不算")
    void cutsAtChinesePunctuationAndLineBreaks() {
        assertThat(Sentences.of("您好！经研究，现答复如下：\n一是扩面。二是提质；三是“加快建设。”\n\n还要做吗？好"))
                .containsExactly("您好！", "经研究，现答复如下：", "一是扩面。", "二是提质；", "三是“加快建设。”",
                        "还要做吗？", "好");
    }

    @Test
    @DisplayName("半角标点也分句（语料中常见）")
    void cutsAtHalfWidthPunctuation() {
        assertThat(Sentences.of("我局已于6月20日召开会议;现已办理完毕!请放心?")).containsExactly(
                "我局已于6月20日召开会议;", "现已办理完毕!", "请放心?");
    }

    @Test
    @DisplayName("只有日期的一行是落款日期，不是答复的句子")
    void dropsTheLettersOwnDate() {
        assertThat(Sentences.of("待项目资金下达后拓宽。\n宁陕县交通运输局\n2021年9月2日\n2024 年 月 日"))
                .containsExactly("待项目资金下达后拓宽。", "宁陕县交通运输局");
    }

    @Test
    @DisplayName("没有正文则没有句子")
    void emptyTextHasNoSentences() {
        assertThat(Sentences.of(null)).isEmpty();
        assertThat(Sentences.of(" \n\u3000\n")).isEmpty();
    }
}
