package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.documents.UnitSeals;
import cn.jianyi.documents.UploadSealCommand;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;

/**
 * 开始使用 on the 系统管理员's home page of an installation without demo data: every step open on an empty directory,
 * each ticked as the data it asks for appears (a unit only once it has its seal), and the list gone when nothing is
 * missing; a clerk never sees it.
 */
@IntegrationTest
class SetupChecklistTests {

    @Autowired WebApplicationContext context;
    @Autowired IdentityManagement identity;
    @Autowired Meetings meetings;
    @Autowired UnitSeals seals;
    @Autowired OfdEngine engine;

    private static final String PASSWORD = "Setup-test-2026";

    private static String step(String page, String key) {
        int at = page.indexOf("data-step=\"" + key + "\"");
        assertThat(at).as("step " + key).isPositive();
        return page.substring(at, page.indexOf("</li>", at));
    }

    private static boolean done(String page, String key) {
        return step(page, key).contains("data-done=\"true\"");
    }

    @Test
    void theStepsTickAsTheDirectoryFillsAndTheListGoes() throws Exception {
        identity.addAccount("chenli", PASSWORD, "陈立", Role.ADMIN, null, null, false);
        MockWebClient admin = MockWebClient.loggedIn(context, "chenli");

        String empty = admin.get("/").body();
        assertThat(empty).contains("开始使用（已完成1/6项）");
        assertThat(done(empty, "congress")).isFalse();
        assertThat(step(empty, "congress")).contains("href=\"/directory/congresses\"");
        assertThat(done(empty, "units")).isFalse();
        assertThat(done(empty, "deputies")).isFalse();
        assertThat(done(empty, "administrators")).isFalse();
        assertThat(step(empty, "administrators")).contains("href=\"/accounts/new\"");
        assertThat(done(empty, "accounts")).isFalse();
        assertThat(step(empty, "accounts")).doesNotContain("href=").contains("由安全管理员");
        assertThat(done(empty, "calendar")).as("the shipped calendar covers this year").isTrue();

        var congress = meetings.addCongress("南昌市新建区人民代表大会", "新建区人大", CongressLevel.DISTRICT, "区人大常委会办公室");
        var term = meetings.addTerm(congress.id(), 2, 2022, 2026);
        var meeting = meetings.addMeeting(term.id(), 5, LocalDate.of(2026, 1, 8));
        HandlingUnit unit = identity.addUnit(congress.id(), "南昌市新建区卫生健康委员会", "区卫健委", "新卫提字",
                "83752009", "330100", null);
        String unsealed = admin.get("/").body();
        assertThat(done(unsealed, "congress")).isTrue();
        assertThat(step(unsealed, "units")).contains("已有1个承办单位，其中1个尚未上传电子印章");
        assertThat(done(unsealed, "units")).as("not without its seal").isFalse();

        OfdSealKey seal = engine.makeSeal(unit.fullName(), png(), 42, 42);
        seals.upload(new UploadSealCommand(unit.id(), seal.seal(), seal.privateKey(), seal.certificate(),
                new Actor("chenli", "陈立", Role.ADMIN.name(), null)));
        identity.addDeputy(congress.id(), term.id(), "程绮南", "长堎街道代表团", "南昌市新建区长堎大道1号", "330100",
                "13907080000");
        identity.addAccount("zhaoan", PASSWORD, "赵安", Role.SECURITY_ADMIN, null, null, false);
        String halfway = admin.get("/").body();
        assertThat(done(halfway, "units")).isTrue();
        assertThat(done(halfway, "deputies")).isTrue();
        assertThat(done(halfway, "administrators")).as("the 审计管理员 is still missing").isFalse();
        assertThat(halfway).contains("开始使用（已完成4/6项）");

        identity.addAccount("wujy", PASSWORD, "吴静怡", Role.AUDIT_ADMIN, null, null, false);
        identity.addAccount("wangxy", PASSWORD, "王晓燕", Role.CLERK, null, null, false);
        assertThat(meeting.id()).isPositive();
        assertThat(admin.get("/").body()).doesNotContain("开始使用").doesNotContain("data-section=\"setup\"");
        assertThat(MockWebClient.loggedIn(context, "wangxy").get("/").body()).as("only for the 系统管理员")
                .doesNotContain("开始使用");
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB), "PNG", out);
        return out.toByteArray();
    }
}
