package cn.jianyi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** What a session stored in the database keeps of its attributes (ADR 0064). */
class SessionSerializationTests {

    /** A form as the controllers bind them: a record, not serializable, with an upload. */
    record Form(String title, LocalDate date, Integer count, List<Line> lines, MultipartFile file) {
    }

    record Line(String text, boolean kept) {
    }

    private static Object roundTrip(Object attribute) {
        return SessionSerialization.read(SessionSerialization.write(attribute),
                SessionSerializationTests.class.getClassLoader());
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndItsRefusalsButNotItsUpload() {
        var form = new Form("关于加强社区养老服务的建议", LocalDate.of(2026, 3, 5), 3,
                List.of(new Line("第一条", true)), new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[3]));
        var result = new BeanPropertyBindingResult(form, "form");
        result.rejectValue("title", "validation.tooLong", "太长");
        result.rejectValue("count", "typeMismatch", "请填写数字");

        var stored = (RefusedForms.Refusal) roundTrip(new RefusedForms.Refusal(result));

        BindingResult back = stored.result();
        assertThat(back.getObjectName()).isEqualTo("form");
        assertThat(back.getTarget()).isEqualTo(new Form(form.title(), form.date(), 3, form.lines(), null));
        assertThat(back.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactly("title:validation.tooLong", "count:typeMismatch");
        assertThat(back.getFieldValue("title")).isEqualTo(form.title());
    }

    @Test
    void flashKeysAndOrdinaryValuesAreKeptAsTheyAre() {
        assertThat(roundTrip(new Flash("flash.saved", "2026-001"))).isEqualTo(new Flash("flash.saved", "2026-001"));
        assertThat(roundTrip(List.of("a", 1L))).isEqualTo(List.of("a", 1L));
    }

    @Test
    void onlyRecordsOfThisApplicationAreRebuilt() {
        var foreign = new SessionSerialization.StoredRecord("java.lang.Thread", new Object[0]);
        assertThatThrownBy(() -> roundTrip(foreign)).isInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(java.io.InvalidObjectException.class);
    }
}
