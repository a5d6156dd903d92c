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

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** Heads signing at the same moment get distinct, gap-free numbers (runs on H2 and on PostgreSQL). */
@IntegrationTest
class DocumentNumberConcurrencyTests {

    private static final int SIGNERS = 8;

    @Autowired ApplicationContext context;
    @Autowired HandlingManagement handling;

    @Test
    @DisplayName("同一单位同时签发：文号唯一、连续、无空号")
    void concurrentSigningGivesUniqueGapFreeNumbers() throws Exception {
        TestWorld world = TestWorld.create(context);
        List<Reply> drafts = new ArrayList<>();
        for (int i = 0; i < SIGNERS; i++) {
            drafts.add(world.drafted(world.assigned(500 + i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SIGNERS);
        try {
            List<Future<Reply>> results = new ArrayList<>();
            for (Reply draft : drafts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return handling.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.of(2025, 3, 1),
                            world.head));
                }));
            }
            start.countDown();
            List<Integer> serials = new ArrayList<>();
            for (Future<Reply> result : results) {
                Reply signed = result.get(60, TimeUnit.SECONDS);
                assertThat(signed.documentNumber().year()).isEqualTo(2025);
                serials.add(signed.documentNumber().serial());
            }
            assertThat(serials).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, SIGNERS).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
