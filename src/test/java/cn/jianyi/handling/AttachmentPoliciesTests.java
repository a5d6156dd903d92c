package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.shared.Decision;
import cn.jianyi.support.TestFiles;

/** Which files a contact record may carry: the type by content, the name, the size and the count. */
class AttachmentPoliciesTests {

    @Test
    @DisplayName("按内容识别PDF、JPEG、PNG、DOCX、XLSX、OFD")
    void detectsEachAllowedTypeFromTheContent() {
        assertThat(AttachmentTypes.detect(TestFiles.pdf("纪要"))).contains(AttachmentType.PDF);
        assertThat(AttachmentTypes.detect(TestFiles.jpeg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentTypes.detect(TestFiles.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentTypes.detect(TestFiles.docx())).contains(AttachmentType.DOCX);
        assertThat(AttachmentTypes.detect(TestFiles.xlsx())).contains(AttachmentType.XLSX);
        assertThat(AttachmentTypes.detect(TestFiles.ofd())).contains(AttachmentType.OFD);
        // a package whose first entry is not [Content_Types].xml is still a Word document
        assertThat(AttachmentTypes.detect(TestFiles.zip("word/document.xml", "[Content_Types].xml")))
                .contains(AttachmentType.DOCX);
    }

    @Test
    @DisplayName("网页、程序、普通压缩包、损坏的压缩包、文本都不是允许的类型")
    void refusesEverythingElse() {
        assertThat(AttachmentTypes.detect(TestFiles.html())).isEmpty();
        assertThat(AttachmentTypes.detect(TestFiles.exe())).isEmpty();
        assertThat(AttachmentTypes.detect(TestFiles.zip("readme.txt"))).isEmpty();
        assertThat(AttachmentTypes.detect(TestFiles.zip("word/document.xml"))).isEmpty();
        byte[] docx = TestFiles.docx();
        assertThat(AttachmentTypes.detect(java.util.Arrays.copyOf(docx, 40))).isEmpty();
        assertThat(AttachmentTypes.detect("纯文本".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.detect(new byte[] {0x00, 0x01, 0x02})).isEmpty();
    }

    @Test
    @DisplayName("扩展名须与内容一致：PNG内容不能叫.pdf；大小写不限")
    void theExtensionMustSayWhatTheContentIs() {
        assertThat(AttachmentPolicies.allowedType("照片.PNG", Optional.of(AttachmentType.PNG))).isEqualTo(Decision.allowed());
        assertThat(AttachmentPolicies.allowedType("照片.jpeg", Optional.of(AttachmentType.JPEG))).isEqualTo(Decision.allowed());
        assertRejected(AttachmentPolicies.allowedType("照片.pdf", Optional.of(AttachmentType.PNG)),
                "handling.attachment.extension");
        assertRejected(AttachmentPolicies.allowedType("照片", Optional.of(AttachmentType.PNG)),
                "handling.attachment.extension");
        assertRejected(AttachmentPolicies.allowedType("纪要.pdf", Optional.empty()), "handling.attachment.type");
        // where fewer types are allowed (a scanned paper form), another allowed type is refused and the message says which
        assertRejected(AttachmentPolicies.allowedType("意见表.docx", Optional.of(AttachmentType.DOCX),
                java.util.EnumSet.of(AttachmentType.PNG, AttachmentType.PDF, AttachmentType.JPEG)), "handling.attachment.type");
        assertThat(AttachmentPolicies.labels(java.util.EnumSet.of(AttachmentType.PNG, AttachmentType.PDF,
                AttachmentType.JPEG))).isEqualTo("PDF、JPG或PNG");
        assertThat(AttachmentPolicies.labels(java.util.EnumSet.allOf(AttachmentType.class)))
                .isEqualTo("PDF、JPG、PNG、DOCX、XLSX或OFD");
    }

    @Test
    @DisplayName("最多5个文件，每个不超过10MB，不能为空，文件名不超过200字")
    void countSizeAndName() {
        AttachmentUpload one = new AttachmentUpload("a.pdf", TestFiles.pdf("a"));
        assertThat(AttachmentPolicies.atMostFiveFiles(Collections.nCopies(5, one))).isEqualTo(Decision.allowed());
        assertRejected(AttachmentPolicies.atMostFiveFiles(Collections.nCopies(6, one)), "handling.attachment.tooMany");
        assertThat(AttachmentPolicies.atMostTenMegabytes("a.pdf",
                new AttachmentUpload("a.pdf", new byte[10 * 1024 * 1024]))).isEqualTo(Decision.allowed());
        assertRejected(AttachmentPolicies.atMostTenMegabytes("a.pdf",
                new AttachmentUpload("a.pdf", new byte[10 * 1024 * 1024 + 1])), "handling.attachment.tooLarge");
        assertRejected(AttachmentPolicies.notEmpty("a.pdf", new AttachmentUpload("a.pdf", null)),
                "handling.attachment.empty");
        assertThat(AttachmentPolicies.nameFits("纪".repeat(196) + ".pdf")).isEqualTo(Decision.allowed());
        assertRejected(AttachmentPolicies.nameFits("纪".repeat(197) + ".pdf"), "handling.attachment.nameTooLong");
        assertRejected(AttachmentPolicies.nameFits(""), "handling.attachment.noName");
    }

    @Test
    @DisplayName("文件名去掉路径和控制字符，统一为NFC")
    void cleansTheSubmittedName() {
        assertThat(AttachmentPolicies.cleanName("C:\\fakepath\\会议纪要.pdf")).isEqualTo("会议纪要.pdf");
        assertThat(AttachmentPolicies.cleanName("../../etc/签到表.png")).isEqualTo("签到表.png");
        assertThat(AttachmentPolicies.cleanName(" 纪要\u0000\n.pdf ")).isEqualTo("纪要.pdf");
        assertThat(AttachmentPolicies.cleanName("Cafe\u0301.pdf")).isEqualTo("Caf\u00e9.pdf");
    }

    @Test
    @DisplayName("大小显示为KB或MB")
    void sizeLabel() {
        assertThat(attachment(1).sizeLabel()).isEqualTo("0.1 KB");
        assertThat(attachment(12_800).sizeLabel()).isEqualTo("12.5 KB");
        assertThat(attachment(3 * 1024 * 1024 + 200 * 1024).sizeLabel()).isEqualTo("3.2 MB");
    }

    private static ContactAttachment attachment(long size) {
        return new ContactAttachment(1, 1, "a.pdf", "application/pdf", size, "0".repeat(64), "handler",
                java.time.Instant.EPOCH);
    }

    private static void assertRejected(Decision decision, String key) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.reasonKey()).isEqualTo(key));
    }
}
