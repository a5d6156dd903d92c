package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.documents.DocumentSettings;
import cn.jianyi.documents.SealStatus;
import cn.jianyi.documents.UnitSealUploaded;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.documents.UploadSealCommand;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * 电子印章 uploaded by the administrator: checked on upload (the key matches the certificate, the seal parses, a test
 * signature verifies), refused beside the file to blame with nothing stored, kept owner-only by unit id, shown as
 * valid or invalid with the reason, and used for the unit's letters before the seal folder named after the unit.
 */
@IntegrationTest
@RecordApplicationEvents
@Execution(ExecutionMode.SAME_THREAD)   // Spring records events per class only outside JUnit's concurrent mode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitSealTests {

    @Autowired WebApplicationContext context;
    @Autowired UnitSeals seals;
    @Autowired OfdEngine engine;
    @Autowired IdentityManagement identity;
    @Autowired DocumentSettings settings;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private TestWorld world;
    private OfdSealKey genuine;
    private OfdSealKey other;

    @BeforeAll
    void world() throws Exception {
        world = TestWorld.create(context);
        genuine = engine.makeSeal("南昌市新建区测试单位", png(), 42, 42);
        other = engine.makeSeal("南昌市新建区另一单位", png(), 42, 42);
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB), "PNG", out);
        return out.toByteArray();
    }

    private HandlingUnit unit(String name, String code) {
        return identity.addUnit(world.meeting.congressId(), name, name.substring(name.length() - 3), code, "83750000",
                "330100", null);
    }

    @Test
    void aGenuineSealIsKeptOwnerOnlyAndUsedForTheUnitsLetters(ApplicationEvents events) throws Exception {
        HandlingUnit unit = unit("南昌市新建区测试甲局", "新甲提字");
        SealStatus status = seals.upload(new UploadSealCommand(unit.id(), genuine.seal(), genuine.privateKey(),
                genuine.certificate(), world.admin));
        assertThat(status.valid()).isTrue();
        assertThat(seals.status(unit.id(), unit.fullName()).source()).isEqualTo(SealStatus.Source.UPLOADED);
        assertThat(seals.of(unit.fullName())).hasValueSatisfying(
                key -> assertThat(key.privateKey()).isEqualTo(genuine.privateKey()));
        Path folder = settings.sealDir().resolve("units").resolve(unit.id().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("signer.key"))))
                .isEqualTo("rw-------");
        assertThat(events.stream(UnitSealUploaded.class)).extracting(UnitSealUploaded::unitId).containsExactly(unit.id());
        assertThat(jdbc.sql("select username from audit_log where object_type = 'UNIT_SEAL' and object_id = ?")
                .param(unit.id().toString()).query(String.class).list()).as("in the audit log")
                .containsExactly(world.admin.username());

        seals.upload(new UploadSealCommand(unit.id(), other.seal(), other.privateKey(), other.certificate(),
                world.admin));
        assertThat(seals.of(unit.fullName())).hasValueSatisfying(
                key -> assertThat(key.privateKey()).as("replaced").isEqualTo(other.privateKey()));
    }

    @Test
    void eachBadFileIsRefusedBesideItAndNothingIsStored() {
        HandlingUnit unit = unit("南昌市新建区测试乙局", "新乙提字");
        assertThatThrownBy(() -> seals.upload(new UploadSealCommand(unit.id(), genuine.seal(), other.privateKey(),
                genuine.certificate(), world.admin))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("key");
                    assertThat(v.reasonKey()).isEqualTo("seal.key.mismatch");
                });
        assertThatThrownBy(() -> seals.upload(new UploadSealCommand(unit.id(), "不是印章".getBytes(StandardCharsets.UTF_8),
                genuine.privateKey(), genuine.certificate(), world.admin)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("seal"));
        assertThatThrownBy(() -> seals.upload(new UploadSealCommand(unit.id(), genuine.seal(), genuine.privateKey(),
                new byte[] {1, 2, 3}, world.admin)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.reasonKey())
                        .isEqualTo("seal.certificate.unreadable"));
        assertThatThrownBy(() -> new UploadSealCommand(unit.id(), null, genuine.privateKey(), genuine.certificate(),
                world.admin)).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("seal"));
        assertThat(seals.status(unit.id(), unit.fullName()).source()).isEqualTo(SealStatus.Source.NONE);
        assertThat(settings.sealDir().resolve("units").resolve(unit.id().toString())).doesNotExist();
    }

    @Test
    void theAdministratorUploadsInTheBrowserAndSeesTheOutcome() {
        HandlingUnit unit = unit("南昌市新建区测试丙局", "新丙提字");
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        assertThat(admin.get("/directory/units/" + unit.id()).body()).contains("尚未上传电子印章")
                .contains("可信时间戳服务").contains("未配置（答复函盖章时不加可信时间戳）");
        HttpResponse<String> refused = admin.follow(admin.postMultipart("/directory/units/" + unit.id() + "/seal", List.of(),
                List.of(new FilePart("seal", "seal.esl", "application/octet-stream", genuine.seal()),
                        new FilePart("key", "signer.key", "application/octet-stream", other.privateKey()),
                        new FilePart("certificate", "signer.cer", "application/octet-stream", genuine.certificate()))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("私钥与证书不匹配：用该私钥签名无法用证书验证。").contains("has-error")
                .contains("尚未上传电子印章");
        HttpResponse<String> accepted = admin.postMultipart("/directory/units/" + unit.id() + "/seal", List.of(),
                List.of(new FilePart("seal", "seal.esl", "application/octet-stream", genuine.seal()),
                        new FilePart("key", "signer.key", "application/octet-stream", genuine.privateKey()),
                        new FilePart("certificate", "signer.cer", "application/octet-stream", genuine.certificate())));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(admin.get("/directory/units/" + unit.id()).body()).contains("有效").contains("（已上传）")
                .contains("证书有效期至");
    }

    @Test
    void aSealInTheFolderNamedAfterTheUnitIsStillReadAndChecked() throws Exception {
        HandlingUnit unit = unit("南昌市新建区测试丁局", "新丁提字");
        Path folder = settings.sealDir().resolve(unit.fullName());
        Files.createDirectories(folder);
        Files.write(folder.resolve("seal.esl"), genuine.seal());
        Files.write(folder.resolve("signer.key"), other.privateKey());
        Files.write(folder.resolve("signer.cer"), genuine.certificate());
        SealStatus status = seals.status(unit.id(), unit.fullName());
        assertThat(status.source()).isEqualTo(SealStatus.Source.FOLDER);
        assertThat(status.valid()).isFalse();
        assertThat(status.reasonKey()).isEqualTo("seal.key.mismatch");
        assertThat(seals.of(unit.fullName())).isPresent();
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        assertThat(admin.get("/directory/units/" + unit.id()).body()).contains("无效").contains("（取自印章目录）")
                .contains("私钥与证书不匹配");
    }
}
