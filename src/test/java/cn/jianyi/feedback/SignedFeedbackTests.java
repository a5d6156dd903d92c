package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * Every feedback record is signed with SM3withSM2 when it is stored; a record altered in the database afterwards —
 * a 不满意 turned into 满意, its reason removed — or stripped of its signature no longer verifies.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedFeedbackTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackVerification verification;
    @Autowired FeedbackRepository feedbacks;
    @Autowired Clock clock;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Value("${jianyi.feedback.signing-key-dir}") String keyDir;

    private long satisfied;
    private long dissatisfied;

    @BeforeAll
    void world() {
        TestWorld world = TestWorld.create(context);
        long first = world.replied(1);
        world.rated(first, Satisfaction.SATISFIED, null);
        long second = world.replied(2);
        world.rated(second, Satisfaction.DISSATISFIED, "道路仍未修好，答复与实际不符。");
        satisfied = feedbacks.findBySuggestionIdOrderById(first).get(0).id();
        dissatisfied = feedbacks.findBySuggestionIdOrderById(second).get(0).id();
    }

    @Test
    @DisplayName("保存时即签名：签名可用登记的SM2公钥独立验证，私钥文件仅属主可读")
    void recordsAreSignedWhenStored() throws Exception {
        Feedback stored = feedbacks.findById(dissatisfied).orElseThrow();
        assertThat(stored.signature()).isNotEmpty();
        byte[] publicKey = jdbc.sql("select public_key from signing_keys where id = ?").param(stored.signingKeyId())
                .query(byte[].class).single();
        var provider = new BouncyCastleProvider();
        var verifier = Signature.getInstance("SM3withSM2", provider);
        verifier.initVerify(KeyFactory.getInstance("EC", provider).generatePublic(new X509EncodedKeySpec(publicKey)));
        verifier.update(stored.signedContent());
        assertThat(verifier.verify(stored.signature())).isTrue();

        Path keyFile = Path.of(keyDir, FeedbackSigningKey.KEY_FILE);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new FeedbackSigningKey(keyDir, jdbc, transactions, clock).sign(new byte[] {1}).keyId())
                .as("the same key after a restart").isEqualTo(stored.signingKeyId());
    }

    @Test
    @DisplayName("直接改库（不满意改为满意、删去理由）或删去签名：核验发现被改动的记录")
    void alteredRowsAreDetected() {
        assertThat(verification.verifyAll()).isEqualTo(new FeedbackVerification.Result(2, List.of()));

        jdbc.sql("update feedbacks set satisfaction = 'SATISFIED', result_rating = 'SATISFIED', comment = null "
                + "where id = ?").param(dissatisfied).update();
        FeedbackVerification.Result result = verification.verifyAll();
        assertThat(result.verified()).isEqualTo(1);
        assertThat(result.altered()).extracting(FeedbackVerification.Altered::feedbackId).containsExactly(dissatisfied);
        assertThat(result.altered().get(0).reason()).isEqualTo("signature does not match the stored record");

        jdbc.sql("update feedbacks set signature = null where id = ?").param(satisfied).update();
        assertThat(verification.verifyAll().altered()).extracting(FeedbackVerification.Altered::reason)
                .containsExactlyInAnyOrder("signature does not match the stored record", "no signature");
    }
}
