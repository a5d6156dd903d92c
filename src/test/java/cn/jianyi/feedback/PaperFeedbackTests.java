package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

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
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * 纸质意见表: the office records a deputy's paper form only with its scan; the record is marked as paper, signed with
 * the scan's digest, and the scan is shown to whoever reads the case. Without a scan, or with a file that is no scan,
 * nothing is stored and what was typed is kept.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperFeedbackTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackRepository feedbacks;
    @Autowired FeedbackVerification verification;

    private TestWorld world;
    private WebClient clerk;
    private long refused;
    private long replied;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        refused = world.replied(1);
        replied = world.replied(2);
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    private List<String> form(String comment) {
        return List.of("deputyId", String.valueOf(world.cheng.id()), "satisfaction", "BASICALLY_SATISFIED",
                "resultRating", "BASICALLY_SATISFIED", "attitudeRating", "SATISFIED", "comment", comment,
                "givenOn", LocalDate.now().toString());
    }

    private static String path(long id) {
        return "/suggestions/" + id + "/feedback/paper";
    }

    @Test
    @DisplayName("没有扫描件、或扫描件不是PDF/JPG/PNG：在字段旁提示，保留所填内容，不保存任何数据")
    void refusedWithoutAProperScan() throws IOException {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        HttpResponse<String> none = clerk.follow(clerk.postMultipart(path(refused), form("纸质表上写的意见"), List.of(FilePart.none("scan"))));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("必须上传纸质意见表的扫描件。").contains("纸质表上写的意见");

        HttpResponse<String> fake = clerk.follow(clerk.postMultipart(path(refused), form("纸质表上写的意见"), List.of(new FilePart("scan",
                "意见表.pdf", "application/pdf", "<html>不是扫描件</html>".getBytes(StandardCharsets.UTF_8)))));
        assertThat(fake.body()).contains("“意见表.pdf”不是允许的文件类型（按文件内容识别）。只能上传PDF、JPG或PNG文件。")
                .contains("纸质表上写的意见");

        // the paper form's own date (the online form has none: it is dated today) is not before the reply
        List<String> early = new java.util.ArrayList<>(form("纸质表上写的意见"));
        early.set(early.indexOf("givenOn") + 1, "2024-01-01");
        HttpResponse<String> beforeReply = clerk.follow(clerk.postMultipart(path(refused), early,
                List.of(new FilePart("scan", "意见表.png", "image/png", png()))));
        assertThat(beforeReply.body()).contains("评价日期不能早于答复签发日期。").contains("2024-01-01");

        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("凭扫描件录入：记为纸质意见表，签名覆盖扫描件摘要，案卷显示并可查看扫描件；录入后不能再录")
    void recordedWithItsScan() throws IOException {
        assertThat(clerk.get(path(replied)).body()).contains("程绮南");
        byte[] png = png();

        HttpResponse<String> saved = clerk.postMultipart(path(replied), form(""), List.of(new FilePart("scan", "意见表.png",
                "image/png", png)));
        assertThat(saved.statusCode()).isEqualTo(302);

        Feedback stored = feedbacks.findBySuggestionIdOrderById(replied).get(0);
        assertThat(stored.channel()).isEqualTo(FeedbackChannel.PAPER);
        assertThat(stored.submittedBy()).isEqualTo("clerk");
        assertThat(stored.scanSha256()).hasSize(64);
        assertThat(verification.verifyAll().altered()).isEmpty();

        String casePage = clerk.get("/suggestions/" + replied).body();
        assertThat(casePage).contains("纸质意见表").contains("/feedback/" + stored.id() + "/scan")
                .contains("据扫描件录入");
        HttpResponse<byte[]> scan = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD)
                .download("/feedback/" + stored.id() + "/scan");
        assertThat(scan.statusCode()).isEqualTo(200);
        assertThat(scan.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(scan.body()).isEqualTo(png);
        assertThat(WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD)
                .download("/feedback/" + stored.id() + "/scan").statusCode()).isEqualTo(404);

        assertThat(clerk.get(path(replied)).body()).contains("此件目前没有待评价的代表。");
        jdbc.sql("update feedbacks set scan_sha256 = ? where id = ?").params("0".repeat(64), stored.id()).update();
        assertThat(verification.verifyAll().altered()).as("a swapped scan digest is detected").hasSize(1);
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }
}
