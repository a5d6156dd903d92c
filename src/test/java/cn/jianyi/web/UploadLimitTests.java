package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestFiles;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.TestWorldAssignments;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * An upload beyond the servlet container's limits (here made small: 1 MB, 12 parts) is refused unread with a Chinese
 * page that says how large files may be, never a stack trace nor "无权操作", whether the CSRF token was in the refused
 * body (a browser's form) or in a header; nothing is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB",
        "server.tomcat.max-part-count=12"})
class UploadLimitTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private WebClient handler;
    private String path;

    @BeforeAll
    void world() {
        TestWorld world = TestWorld.create(context);
        long id = world.registered(1);
        new TestWorldAssignments(context).leadOnly(world, id);
        path = "/suggestions/" + id + "/contacts";
        handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
    }

    private static List<String> form() {
        return List.of("kind", "PHONE", "contactedOn", "2024-03-20", "participants", "程绮南代表", "summary", "电话沟通");
    }

    private static List<FilePart> tooLarge() {
        return List.of(new FilePart("attachments", "扫描件.pdf", "application/pdf",
                TestFiles.pdf("扫描件", 1536 * 1024)));
    }

    @Test
    @DisplayName("CSRF令牌在被拒绝的请求体中：显示上传错误页，而不是“无权操作”")
    void tokenInTheRefusedBody() {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertUploadErrorPage(handler.postMultipart(path, form(), tooLarge()), 413);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("CSRF令牌在请求头中：同一错误页")
    void tokenInAHeader() {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertUploadErrorPage(handler.postMultipartRaw(path, form(), tooLarge(),
                List.of("X-CSRF-TOKEN", handler.csrfTokenOfThisSession())), 413);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("文件数量超过容器上限：同一错误页")
    void tooManyParts() {
        List<FilePart> files = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            files.add(new FilePart("attachments", i + ".pdf", "application/pdf", TestFiles.pdf("x")));
        }
        HttpResponse<String> body = handler.postMultipart(path, form(), files);
        assertUploadErrorPage(body, 413);
        HttpResponse<String> header = handler.postMultipartRaw(path, form(), files,
                List.of("X-CSRF-TOKEN", handler.csrfTokenOfThisSession()));
        assertThat(header.statusCode()).isIn(400, 413);
        assertUploadErrorPage(header, header.statusCode());
    }

    @Test
    @DisplayName("没有CSRF令牌的普通上传仍然是403")
    void aMissingTokenIsStillForbidden() {
        HttpResponse<String> response = handler.postMultipartRaw(path, form(),
                List.of(new FilePart("attachments", "纪要.pdf", "application/pdf", TestFiles.pdf("纪要"))), List.of());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static void assertUploadErrorPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("附件未能上传").contains("每条联系记录最多5个附件，每个不超过10MB")
                .doesNotContain("无权操作").doesNotContain("Exception").doesNotContain("at cn.jianyi");
    }
}
