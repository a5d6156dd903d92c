package cn.jianyi.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

import cn.jianyi.handling.ContactAttachment;

/** The download's Content-Disposition: the UTF-8 name for browsers (RFC 5987), an ASCII name for older clients. */
class ContactAttachmentControllerTests {

    @Test
    @DisplayName("中文文件名：filename*为UTF-8编码，filename为ASCII替代名")
    void chineseNameGoesIntoFilenameStar() {
        String header = ContactAttachmentController.contentDisposition(attachment(42, "会议纪要 (签字版).pdf"));
        assertThat(header).startsWith("attachment; filename=\"attachment-42.pdf\"; filename*=UTF-8''")
                .contains("%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%20%28%E7%AD%BE%E5%AD%97%E7%89%88%29.pdf");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("会议纪要 (签字版).pdf");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("ASCII文件名原样作为filename；引号和分号不会破坏报头")
    void asciiNamesAndAwkwardCharacters() {
        assertThat(ContactAttachmentController.contentDisposition(attachment(7, "minutes-2024.pdf")))
                .isEqualTo("attachment; filename=\"minutes-2024.pdf\"; filename*=UTF-8''minutes-2024.pdf");
        String header = ContactAttachmentController.contentDisposition(attachment(8, "a\";b.png"));
        assertThat(header).startsWith("attachment; filename=\"attachment-8.png\"; filename*=UTF-8''a%22%3Bb.png");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\";b.png");
        assertThat(ContactAttachmentController.contentDisposition(attachment(9, "签到表")))
                .startsWith("attachment; filename=\"attachment-9\";");
    }

    private static ContactAttachment attachment(long id, String name) {
        return new ContactAttachment(id, 1, name, "application/pdf", 100, "0".repeat(64), "handler", Instant.EPOCH);
    }
}
