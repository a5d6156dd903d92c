package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * Heads signing at the same moment get distinct, gap-free numbers, and a rolled-back signature gives its number back
 * (runs on H2 and, in the build's postgres execution, on PostgreSQL). More signers than the connection pool holds
 * (10), starting in a year without a counter, so the first signings also race to create it.
 */
@OnPostgres
@IntegrationTest
class DocumentNumberConcurrencyTests {

    private static final int SIGNERS = 12;

    @Autowired ApplicationContext context;
    @Autowired Replies replies;
    @Autowired ReplyQueries replyQueries;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    static TestWorld world;

    @BeforeEach
    void world() {
        if (world == null || jdbc.sql("select count(*) from units").query(Long.class).single() == 0) {
            world = TestWorld.create(context);
        }
    }

    @Test
    @DisplayName("同一单位同时签发：文号唯一、连续、无空号")
    void concurrentSigningGivesUniqueGapFreeNumbers() throws Exception {
        List<Reply> drafts = new ArrayList<>();
        for (int i = 0; i < SIGNERS; i++) {
            drafts.add(world.drafted(world.assigned(500 + i)));
        }
        assertThat(drafts).extracting(Reply::suggestionId).doesNotHaveDuplicates();
        CountDownLatch ready = new CountDownLatch(SIGNERS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SIGNERS);
        try {
            List<Future<Reply>> results = new ArrayList<>();
            for (Reply draft : drafts) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.of(2025, 3, 1),
                            world.head));
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Integer> serials = new ArrayList<>();
            for (Future<Reply> result : results) {
                Reply signed = result.get(60, TimeUnit.SECONDS);
                assertThat(signed.documentNumber().issuerCode()).isEqualTo("新卫提字");
                assertThat(signed.documentNumber().year()).isEqualTo(2025);
                serials.add(signed.documentNumber().serial());
            }
            List<Integer> expected = IntStream.rangeClosed(1, SIGNERS).boxed().toList();
            assertThat(serials).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(jdbc.sql("select doc_serial from replies where unit_id = :unit and doc_year = 2025 order by 1")
                    .param("unit", world.health.id()).query(Integer.class).list()).isEqualTo(expected);
            assertThat(jdbc.sql("select last_serial from document_number_sequences where unit_id = :unit"
                            + " and serial_year = 2025").param("unit", world.health.id()).query(Integer.class).single())
                    .isEqualTo(SIGNERS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("签发回滚时文号退回，不留空号")
    void aRolledBackSignatureLeavesNoGap() {
        // the other test signs in 2025: the 2024 counter is this test's own
        Reply first = world.drafted(world.assigned(1));
        Reply rolledBack = world.drafted(world.assigned(2));
        Reply third = world.drafted(world.assigned(3));
        LocalDate on = LocalDate.of(2024, 6, 20);

        assertThat(world.signed(first, on).documentNumber()).hasToString("新卫提字〔2024〕1号");
        Integer serialInsideRolledBackTransaction = new TransactionTemplate(transactions).execute(status -> {
            Reply signed = world.signed(rolledBack, on);
            status.setRollbackOnly();
            return signed.documentNumber().serial();
        });
        assertThat(serialInsideRolledBackTransaction).isEqualTo(2);
        assertThat(replyQueries.find(rolledBack.id()).orElseThrow().isSigned()).isFalse();
        assertThat(world.signed(third, on).documentNumber()).as("number 2 was given back").hasToString("新卫提字〔2024〕2号");
        assertThat(world.signed(replyQueries.find(rolledBack.id()).orElseThrow(), on).documentNumber())
                .hasToString("新卫提字〔2024〕3号");
    }
}
