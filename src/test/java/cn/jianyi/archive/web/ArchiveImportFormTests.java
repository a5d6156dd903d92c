package cn.jianyi.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import cn.jianyi.archive.LetterKind;

/** The review form's checks, without a server. */
class ArchiveImportFormTests {

    private static ReviewForm form(String kind, String body, String term, String date, String classification,
                                   String itemNumber, String addressees) {
        return new ReviewForm(kind, "区卫健委", null, classification, body, "区", "南昌市新建区人民代表大会", term, "4",
                itemNumber, addressees, null, null, date, null, null, null, "关于第43号建议的答复", "正文");
    }

    private static BeanPropertyBindingResult check(ReviewForm form) {
        var errors = new BeanPropertyBindingResult(form, "form");
        form.check(errors);
        return errors;
    }

    @Test
    @DisplayName("日期多种写法；不是日期、不是正整数、类别不在A–D、缺建议号：各自报错")
    void wrongValuesAreRejectedFieldByField() {
        assertThat(ReviewForm.parseDate("2023-10-16")).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(ReviewForm.parseDate("2023年5月6日")).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(ReviewForm.parseDate("2023/5/6")).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(ReviewForm.parseDate("2023-02-30")).isNull();
        assertThat(ReviewForm.parseDate("2020824")).isNull();

        var errors = check(form("SUGGESTION", "人大", "十六", "2023-02-30", "E", "第次", "程绮南"));
        assertThat(errors.getFieldError("term").getCode()).isEqualTo("archive.review.number");
        assertThat(errors.getFieldError("date").getCode()).isEqualTo("archive.review.date");
        assertThat(errors.getFieldError("classification").getCode()).isEqualTo("archive.review.classification");
        assertThat(errors.getFieldError("itemNumber").getCode()).isEqualTo("archive.review.itemNumber");
        assertThat(errors.getFieldErrorCount()).isEqualTo(4);

        assertThat(check(form("PROPOSAL", "政协", "", "", "", "", "")).hasErrors()).isFalse();
        assertThat(check(form("SUGGESTION", "人大", "", "", "", "12", "")).getFieldError("addressees").getCode())
                .isEqualTo("archive.review.requiredForSuggestion");
        assertThat(check(form("X", "国务院", "1", "", "", "", "")).getFieldErrors())
                .extracting(e -> e.getField()).containsExactlyInAnyOrder("kind", "body");
    }

    @Test
    @DisplayName("确认的值：类别大写，代表去掉“尊敬的”和“代表”，年份取自日期")
    void checkedValuesBecomeTheLetterFields() {
        ReviewForm form = form("SUGGESTION", "人大", "2", "2024年5月20日", "b", "第43号", "尊敬的程绮南代表、刘建华，程绮南");
        assertThat(check(form).hasErrors()).isFalse();
        var fields = form.toFields();
        assertThat(fields.kind()).isEqualTo(LetterKind.SUGGESTION);
        assertThat(fields.classification()).isEqualTo("B");
        assertThat(fields.term()).isEqualTo(2);
        assertThat(fields.letterDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(fields.letterYear()).isEqualTo(2024);
        assertThat(form.names()).containsExactly("程绮南", "刘建华");
        assertThat(fields.addressees()).isEqualTo("程绮南、刘建华");
        assertThat(fields.docNumber()).isNull();
    }
}
