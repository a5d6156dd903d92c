package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReplyLetterTests {

    @Test
    void paragraphsKnowTheirHeadingLevel() {
        var paragraphs = ReplyLetter.paragraphsOf("您提出的建议收悉，现答复如下：\n\n一、落实生育政策\n（一）加强宣传\n\n  1.具体措施  \n");
        assertThat(paragraphs).extracting(ReplyLetter.Paragraph::kind).containsExactly(
                ReplyLetter.Paragraph.Kind.TEXT, ReplyLetter.Paragraph.Kind.HEADING_1,
                ReplyLetter.Paragraph.Kind.HEADING_2, ReplyLetter.Paragraph.Kind.TEXT);
        assertThat(paragraphs.get(3).text()).isEqualTo("1.具体措施");
    }

    @Test
    void copyLineEndsWithFullStopAndDateHasNoLeadingZeros() {
        var form = new ReplyLetter.FeedbackFormView(43, "程绮南", null, null, "t", "区卫健委", "83752009", "330100", null);
        var letter = new ReplyLetter(1L, "南昌市新建区卫生健康委员会", "新卫提字〔2024〕1号", "A", "t", "s",
                List.of(), LocalDate.of(2024, 6, 8), List.of("区人大常委会选举任免联络办公室", "区政府督查室"), "区卫健委",
                "83752009", "330100", form);
        assertThat(letter.copyToLine()).isEqualTo("区人大常委会选举任免联络办公室，区政府督查室。");
        assertThat(letter.signedOnText()).isEqualTo("2024年6月8日");
        assertThat(letter.isDraft()).isFalse();
        assertThat(letter.withAnswer(new ReplyLetter.FormAnswer("SATISFIED", "程绮南", LocalDate.of(2024, 6, 28)))
                .form().answer().givenOnText()).isEqualTo("2024年6月28日");
    }
}
