package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The feedback signing key's registration in {@code signing_keys} commits on its own (found by the kill -9 test,
 * ADR 0066): the first feedback after a start, killed or refused mid-transaction, no longer takes the registration
 * with it, and a second deputy answering at the same moment does not name a key row it cannot see yet.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningKeyRegistrationTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired FeedbackSigningKey signingKey;
    @Autowired FeedbackVerification verification;

    @Value("${jianyi.feedback.signing-key-dir}") String keyDir;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    /** A process started with a new key: nothing registered for it yet. */
    @BeforeEach
    void aNewKeyNotYetRegistered() throws Exception {
        Files.deleteIfExists(Path.of(keyDir, FeedbackSigningKey.KEY_FILE));
        signingKey.forget();
    }

    @Test
    @DisplayName("首条评价的事务回滚（进程被杀）：签名密钥登记仍在，之后的评价照常保存并可验证")
    void aRolledBackFirstFeedbackLeavesTheKeyRegistered() {
        long first = world.replied(1);
        long second = world.replied(2);
        new TransactionTemplate(transactions).executeWithoutResult(cut -> {
            world.rated(first, Satisfaction.SATISFIED, null);
            cut.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from feedbacks where suggestion_id = ?").param(first).query(Long.class)
                .single()).isZero();
        int before = verification.verifyAll().verified();

        world.rated(second, Satisfaction.SATISFIED, null);
        assertThat(verification.verifyAll()).isEqualTo(new FeedbackVerification.Result(before + 1, List.of()));
    }

    @Test
    @DisplayName("两位代表同时提交首条评价：后者不因看不到未提交的密钥登记而失败")
    void aConcurrentFirstFeedbackSeesTheKey() throws Exception {
        long first = world.replied(3);
        long second = world.replied(4);
        int before = verification.verifyAll().verified();
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    world.rated(first, Satisfaction.SATISFIED, null);
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            world.rated(second, Satisfaction.BASICALLY_SATISFIED, null);
        } finally {
            release.countDown();
            open.get(30, TimeUnit.SECONDS);
        }
        assertThat(verification.verifyAll()).isEqualTo(new FeedbackVerification.Result(before + 2, List.of()));
    }

    @Test
    @DisplayName("生成密钥文件时进程被杀留下的半截文件：下次照常生成完整密钥，仅属主可读")
    void aKeyFileCutMidWriteIsReplaced() throws Exception {
        long rated = world.replied(5);
        Path partial = Path.of(keyDir, FeedbackSigningKey.KEY_FILE + ".partial");
        Files.createDirectories(partial.getParent());
        Files.write(partial, new byte[] {0x30, (byte) 0x81});            // the first bytes of a PKCS#8 key, cut
        int before = verification.verifyAll().verified();

        world.rated(rated, Satisfaction.SATISFIED, null);

        Path keyFile = Path.of(keyDir, FeedbackSigningKey.KEY_FILE);
        assertThat(partial).doesNotExist();
        assertThat(Files.size(keyFile)).isGreaterThan(100);
        assertThat(Files.getPosixFilePermissions(keyFile))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(verification.verifyAll()).isEqualTo(new FeedbackVerification.Result(before + 1, List.of()));
    }
}
