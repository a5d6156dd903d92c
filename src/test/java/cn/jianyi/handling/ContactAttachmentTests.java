package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestFiles;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.TestWorldAssignments;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * 联系记录附件 through the browser's door: files uploaded with the contact form, listed on the case page, downloaded
 * byte for byte by everyone who sees the case and by no one else; a bad file saves nothing, says why beside the file
 * field and keeps what was typed.
 */
@OnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContactAttachmentTests {

    private static final String TYPED = "办前面商，保留的沟通情况";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private WebClient handler;
    private long caseId;
    private String path;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        caseId = world.registered(1);
        new TestWorldAssignments(context).leadOnly(world, caseId);      // 区卫健委 alone: 区教体局 does not see it
        path = "/suggestions/" + caseId + "/contacts";
        handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
    }

    private static List<String> form(String summary) {
        return List.of("kind", "FACE_TO_FACE", "contactedOn", "2024-03-20", "participants", "程绮南代表、熊伟",
                "summary", summary);
    }

    private static FilePart file(String name, String type, byte[] content) {
        return new FilePart("attachments", name, type, content);
    }

    @Test
    @DisplayName("上传两个附件：校验和入库，案卷页列出名称和大小，下载内容逐字节一致")
    void uploadsListsAndDownloadsTwoFiles() throws Exception {
        byte[] minutes = TestFiles.pdf("签字的会议纪要", 300 * 1024);
        byte[] photo = TestFiles.png();
        HttpResponse<String> saved = handler.postMultipart(path, form("两个附件的联系"),
                List.of(file("会议纪要（签字版）.pdf", "application/pdf", minutes),
                        file("C:\\fakepath\\现场照片.png", "image/png", photo)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/suggestions/" + caseId);

        List<Map<String, Object>> rows = jdbc.sql("""
                        select a.id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_by
                        from contact_attachments a join contact_records c on c.id = a.contact_record_id
                        where c.summary = '两个附件的联系' order by a.id""").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("file_name")).containsExactly("会议纪要（签字版）.pdf", "现场照片.png");
        assertThat(rows).extracting(r -> r.get("content_type")).containsExactly("application/pdf", "image/png");
        assertThat(rows).extracting(r -> ((Number) r.get("size_bytes")).longValue())
                .containsExactly((long) minutes.length, (long) photo.length);
        assertThat(rows).extracting(r -> r.get("sha256")).containsExactly(sha256(minutes), sha256(photo));
        assertThat(rows).extracting(r -> r.get("uploaded_by")).containsOnly("handler");

        String page = handler.get("/suggestions/" + caseId).body();
        long minutesId = ((Number) rows.get(0).get("id")).longValue();
        long photoId = ((Number) rows.get(1).get("id")).longValue();
        assertThat(page).contains("会议纪要（签字版）.pdf").contains("300.0 KB").contains("现场照片.png")
                .contains("/contacts/attachments/" + minutesId).contains("/contacts/attachments/" + photoId)
                .contains("（附件2份）");

        HttpResponse<byte[]> download = handler.download("/contacts/attachments/" + minutesId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(minutes);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        ContentDisposition disposition = ContentDisposition.parse(
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("会议纪要（签字版）.pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E4%BC%9A%E8%AE%AE");

        HttpResponse<byte[]> image = handler.download("/contacts/attachments/" + photoId);
        assertThat(image.body()).isEqualTo(photo);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
    }

    @Test
    @DisplayName("每种允许的类型都能上传；不选文件也能保存")
    void everyAllowedTypeAndNoFileAtAll() {
        HttpResponse<String> all = handler.postMultipart(path, form("五种类型"), List.of(
                file("纪要.docx", "application/octet-stream", TestFiles.docx()),
                file("签到表.xlsx", "application/octet-stream", TestFiles.xlsx()),
                file("批复.ofd", "application/octet-stream", TestFiles.ofd()),
                file("合影.JPG", "image/jpeg", TestFiles.jpeg()),
                file("扫描件.pdf", "application/pdf", TestFiles.pdf("扫描件"))));
        assertThat(all.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select a.content_type from contact_attachments a
                        join contact_records c on c.id = a.contact_record_id where c.summary = '五种类型' order by a.id""")
                .query(String.class).list()).containsExactly(
                AttachmentType.DOCX.mediaType(), AttachmentType.XLSX.mediaType(), "application/ofd", "image/jpeg",
                "application/pdf");

        HttpResponse<String> none = handler.postMultipart(path, form("没有附件"), List.of(FilePart.none("attachments")));
        assertThat(none.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select count(*) from contact_attachments a
                        join contact_records c on c.id = a.contact_record_id where c.summary = '没有附件'""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from contact_records where summary = '没有附件'").query(Long.class).single())
                .isOne();
    }

    @Test
    @DisplayName("空文件、超过10MB、超过5个、类型不允许、扩展名不符、文件名过长：不保存，提示在附件旁，保留已填内容")
    void refusesBadFilesAndSavesNothing() {
        byte[] pdf = TestFiles.pdf("纪要");
        List<FilePart> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(file("纪要" + i + ".pdf", "application/pdf", pdf));
        }
        assertRefused(List.of(file("空白.pdf", "application/pdf", new byte[0])), "“空白.pdf”是空文件，请重新选择。");
        assertRefused(List.of(file("好的.pdf", "application/pdf", pdf),
                        file("太大.pdf", "application/pdf", TestFiles.pdf("大", 10 * 1024 * 1024 + 1))),
                "“太大.pdf”超过10MB，请压缩或拆分后再上传。");
        assertRefused(six, "每条联系记录最多上传5个附件，您选择了6个。");
        assertRefused(List.of(file("伪装.pdf", "application/pdf", TestFiles.html())),
                "“伪装.pdf”不是允许的文件类型（按文件内容识别）。只能上传PDF、JPG、PNG、DOCX、XLSX或OFD文件。");
        assertRefused(List.of(file("setup.exe", "application/octet-stream", TestFiles.exe())),
                "“setup.exe”不是允许的文件类型");
        assertRefused(List.of(file("压缩包.docx", "application/octet-stream", TestFiles.zip("readme.txt"))),
                "“压缩包.docx”不是允许的文件类型");
        assertRefused(List.of(file("照片.pdf", "application/pdf", TestFiles.png())),
                "“照片.pdf”的内容是PNG文件，与扩展名不符，请核对后重新选择。");
        assertRefused(List.of(file("纪".repeat(197) + ".pdf", "application/pdf", pdf)),
                "附件的文件名不能超过200个字，请改短后再上传。");
    }

    @Test
    @DisplayName("其他栏目有误时附件问题一并提示；附件无误但日期有误时提示重新选择附件，且不保存")
    void otherFieldErrorsComeWithTheFileError() {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> both = handler.follow(handler.postMultipart(path,
                List.of("kind", "PHONE", "contactedOn", "2024-03-20", "participants", "保留的参加人员", "summary", ""),
                List.of(file("空白.pdf", "application/pdf", new byte[0]))));
        assertFieldError(both, "summary", "此项为必填项。");
        assertFieldError(both, "attachments", "“空白.pdf”是空文件，请重新选择。");
        assertThat(both.body()).contains("value=\"保留的参加人员\"");

        HttpResponse<String> date = handler.follow(handler.postMultipart(path,
                List.of("kind", "PHONE", "contactedOn", "2024-03-01", "participants", "程绮南代表", "summary", TYPED),
                List.of(file("纪要.pdf", "application/pdf", TestFiles.pdf("纪要")))));
        assertFieldError(date, "contactedOn", "联系日期不能早于交办日期。");
        assertThat(date.body()).contains(TYPED).contains("浏览器不会保留已选择的文件，请重新选择附件后再保存。");
        assertThat(date.body().indexOf("class=\"field-error\"", date.body().indexOf("id=\"attachments\"")))
                .as("no error beside good files").isNegative();

        HttpResponse<String> dateAndFile = handler.follow(handler.postMultipart(path,
                List.of("kind", "PHONE", "contactedOn", "2024-03-01", "participants", "程绮南代表", "summary", TYPED),
                List.of(file("照片.pdf", "application/pdf", TestFiles.png()))));
        assertFieldError(dateAndFile, "contactedOn", "联系日期不能早于交办日期。");
        assertFieldError(dateAndFile, "attachments", "“照片.pdf”的内容是PNG文件，与扩展名不符");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("下载：能看到案卷的人可以下载，其他单位和无关代表得到404，未登录转到登录页")
    void downloadFollowsTheDataScope() {
        HttpResponse<String> saved = handler.postMultipart(path, form("范围"),
                List.of(file("范围.pdf", "application/pdf", TestFiles.pdf("范围"))));
        assertThat(saved.statusCode()).isEqualTo(302);
        long id = jdbc.sql("""
                        select a.id from contact_attachments a join contact_records c on c.id = a.contact_record_id
                        where c.summary = '范围'""").query(Long.class).single();
        String download = "/contacts/attachments/" + id;
        for (String user : List.of("handler", "head", "clerk", "supervisor", "deputy", "deputy2")) {
            assertThat(WebClient.loggedIn(port, user, TestWorld.PASSWORD).download(download).statusCode())
                    .as(user).isEqualTo(200);
        }
        for (String user : List.of("handler2", "head2", "deputy3")) {
            HttpResponse<String> refused = WebClient.loggedIn(port, user, TestWorld.PASSWORD).get(download);
            assertThat(refused.statusCode()).as(user).isEqualTo(404);
            assertThat(refused.body()).contains("不在您的查看范围内").doesNotContain("范围.pdf");
        }
        HttpResponse<String> anonymous = new WebClient(port).get(download);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(handler.get("/contacts/attachments/999999").statusCode()).isEqualTo(404);
        assertThat(handler.get("/contacts/attachments/abc").statusCode()).isEqualTo(404);
    }

    private void assertRefused(List<FilePart> files, String message) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> response = handler.follow(handler.postMultipart(path, form(TYPED), files));
        assertFieldError(response, "attachments", message);
        assertThat(response.body()).as("typed text kept").contains(TYPED).contains("value=\"程绮南代表、熊伟\"")
                .contains("浏览器不会保留已选择的文件，请重新选择附件后再保存。");
        assertThat(DatabaseSnapshot.of(jdbc)).as("nothing saved").isEqualTo(before);
    }

    private static void assertFieldError(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as("re-rendered form").isEqualTo(200);
        String body = response.body();
        int input = body.indexOf("id=\"" + field + "\"");
        assertThat(input).as("field " + field + " is on the page").isGreaterThanOrEqualTo(0);
        int error = body.indexOf("class=\"field-error\"", input);
        assertThat(error).as("an error beside " + field).isGreaterThan(input);
        assertThat(body.substring(error, body.indexOf("</div>", error))).contains(message);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
