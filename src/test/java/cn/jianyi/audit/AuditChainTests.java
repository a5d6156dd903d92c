package cn.jianyi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.shared.ClientInfo;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;

/**
 * The security audit log's SM3 hash chain: rows altered, deleted or reordered straight in the database break it at
 * that record; concurrent appends keep one chain; the retention purge leaves what remains verifiable.
 */
@OnPostgres
@IntegrationTest
class AuditChainTests {

    @Autowired AuditChain chain;
    @Autowired AuditRetention retention;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyChain() {
        jdbc.sql("delete from audit_log").update();
        jdbc.sql("update audit_chain set head_seq = 0, head_hash = ?, base_seq = 0, base_hash = ? where id = 1")
                .params(AuditRecord.GENESIS, AuditRecord.GENESIS).update();
    }

    private List<AuditRecord> append(int count) {
        var records = new ArrayList<AuditRecord>();
        for (int i = 0; i < count; i++) {
            records.add(chain.append(AuditEntry.of(AuditKind.DOWNLOAD, AuditOutcome.SUCCESS, "clerk", "王芳",
                            new ClientInfo("10.0.0." + i, "0b6c1f7e-1d2a-4c3b-9e8f-00000000000" + (i % 10)))
                    .on("ROUTE", "/replies/" + i + "/letter.pdf", "答复函" + i + ".pdf").withDetail("GET")));
        }
        return records;
    }

    @Test
    @DisplayName("逐条追加：编号连续，每条链到前一条，核验全部通过")
    void appendedRecordsVerify() {
        List<AuditRecord> records = append(5);
        assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(0).previousHash()).isEqualTo(AuditRecord.GENESIS);
        assertThat(records.get(3).previousHash()).isEqualTo(records.get(2).hash());
        assertThat(chain.verify()).isEqualTo(new AuditChain.Verification(5, java.util.Optional.empty()));
        AuditRecord stored = jdbc.sql("select " + AuditChain.COLUMNS + " from audit_log where seq = 3")
                .query(AuditChain::map).single();
        assertThat(stored).isEqualTo(records.get(2));
    }

    @Test
    @DisplayName("直接改库改动一条记录（详情、时间、结果）：链在该条断开")
    void alteredRecordsBreakTheChain() {
        append(5);
        jdbc.sql("update audit_log set detail = 'POST' where seq = 3").update();
        assertThat(chain.verify().firstBroken()).contains(new AuditChain.Broken(3,
                "content altered (its hash does not match)"));
        assertThat(chain.verify().verified()).isEqualTo(2);

        emptyChain();
        append(4);
        jdbc.sql("update audit_log set occurred_at = ? where seq = 2")
                .params(java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"))).update();
        assertThat(chain.verify().firstBroken().orElseThrow().seq()).isEqualTo(2);

        emptyChain();
        append(4);
        jdbc.sql("update audit_log set outcome = 'REFUSED' where seq = 4").update();
        assertThat(chain.verify().firstBroken().orElseThrow().seq()).isEqualTo(4);

        emptyChain();
        List<AuditRecord> records = append(4);
        // rehashed by someone who knows the algorithm: the next record no longer chains to it
        AuditEntry forged = records.get(1).entry().withDetail("DELETE");
        AuditRecord rehashed = AuditRecord.sealed(2, records.get(1).occurredAt(), forged, records.get(0).hash());
        jdbc.sql("update audit_log set detail = ?, hash = ? where seq = 2").params("DELETE", rehashed.hash()).update();
        assertThat(chain.verify().firstBroken()).contains(new AuditChain.Broken(3,
                "does not chain to the record before it"));
    }

    @Test
    @DisplayName("直接改库删除一条记录（中间或最后一条）：链在缺失处断开")
    void deletedRecordsBreakTheChain() {
        append(5);
        jdbc.sql("delete from audit_log where seq = 2").update();
        assertThat(chain.verify().firstBroken()).contains(new AuditChain.Broken(2,
                "record missing (the next stored is 3)"));
        assertThat(chain.verify().verified()).isEqualTo(1);

        emptyChain();
        append(5);
        jdbc.sql("delete from audit_log where seq = 5").update();
        assertThat(chain.verify().firstBroken()).contains(new AuditChain.Broken(5,
                "record missing (the chain's head is 5)"));

        emptyChain();
        append(3);
        jdbc.sql("delete from audit_log where seq = 1").update();
        assertThat(chain.verify().firstBroken().orElseThrow().seq()).isEqualTo(1);
    }

    @Test
    @DisplayName("直接改库调换两条记录的顺序：链在前一条断开")
    void reorderedRecordsBreakTheChain() {
        append(5);
        jdbc.sql("update audit_log set seq = -1 where seq = 3").update();
        jdbc.sql("update audit_log set seq = 3 where seq = 4").update();
        jdbc.sql("update audit_log set seq = 4 where seq = -1").update();
        assertThat(chain.verify().firstBroken()).contains(new AuditChain.Broken(3,
                "does not chain to the record before it"));
    }

    @Test
    @DisplayName("多个线程同时写：仍是一条编号连续、核验通过的链")
    void concurrentAppendsKeepOneChain() throws Exception {
        int threads = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<List<AuditRecord>>>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> append(each));
            }
            for (Future<List<AuditRecord>> done : pool.invokeAll(tasks)) {
                assertThat(done.get()).hasSize(each);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select seq from audit_log order by seq").query(Long.class).list())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * each).boxed()
                        .toList());
        assertThat(chain.verify()).isEqualTo(new AuditChain.Verification(threads * each, java.util.Optional.empty()));
    }

    @Test
    @DisplayName("保留期清理：删去过期记录并记一条清理记录，余下的链仍可核验；之后的篡改照样发现")
    void thePurgeKeepsTheRestVerifiable() {
        List<AuditRecord> old = append(3);
        assertThat(chain.purgeBefore(old.get(2).occurredAt().plusMillis(1))).isEqualTo(3);
        append(2);
        assertThat(chain.verify()).isEqualTo(new AuditChain.Verification(2, java.util.Optional.empty()));
        assertThat(jdbc.sql("select min(seq) from audit_log").query(Long.class).single()).isEqualTo(4);
        assertThat(chain.purgeBefore(Instant.parse("2000-01-01T00:00:00Z"))).as("nothing that old").isZero();

        jdbc.sql("delete from audit_log where seq = 4").update();
        assertThat(chain.verify().firstBroken().orElseThrow().seq()).isEqualTo(4);
    }

    @Test
    @DisplayName("按保留期清理：未过期的记录一条不删；保留期不足180天时拒绝启动")
    void retentionIsAtLeastSixMonths() {
        append(2);
        assertThat(retention.retention()).isEqualTo(Duration.ofDays(180));
        assertThat(retention.purge()).isZero();
        assertThat(chain.verify().verified()).isEqualTo(2);
        assertThatThrownBy(() -> AuditRetention.checked(Duration.ofDays(179)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 180 days");
        assertThat(AuditRetention.checked(Duration.ofDays(365))).isEqualTo(Duration.ofDays(365));
    }

    @Test
    @DisplayName("保留期满180天后清理：删去的条数记入一条清理记录，它接在余下的链上，核验通过")
    void thePurgeRecordsItselfInTheChain() {
        List<AuditRecord> old = append(3);
        var later = java.time.Clock.fixed(old.get(2).occurredAt().plus(Duration.ofDays(181)), java.time.ZoneOffset.UTC);
        assertThat(new AuditRetention(chain, later, Duration.ofDays(180)).purge()).isEqualTo(3);
        assertThat(jdbc.sql("select kind from audit_log order by seq").query(String.class).list())
                .containsExactly("AUDIT_PURGED");
        assertThat(jdbc.sql("select detail from audit_log").query(String.class).single())
                .startsWith("3 records before ").endsWith("removed (retention 180 days)");
        assertThat(chain.verify()).isEqualTo(new AuditChain.Verification(1, java.util.Optional.empty()));
    }
}
