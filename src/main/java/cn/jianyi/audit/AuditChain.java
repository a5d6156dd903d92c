package cn.jianyi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain of the security audit log (ADR 0038): appends records one after another, verifies the chain and
 * purges its oldest part. Every append locks the chain's head row ({@code select … for update}) in a transaction of
 * its own, so records are numbered and chained in one order across threads and application instances, and an
 * audited act never rolls back with its record nor its record with the act.
 */
@Service
public class AuditChain {

    static final String COLUMNS = "seq, occurred_at, username, display_name, client_address, device_id, kind, "
            + "object_type, object_id, object_label, outcome, detail, previous_hash, hash";
    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditChain(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends the entry as the chain's next record, now; returns the record. */
    public AuditRecord append(AuditEntry entry) {
        return ownTransaction.execute(status -> {
            Head head = lockHead();
            AuditRecord record = AuditRecord.sealed(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    entry, head.hash());
            insert(record);
            jdbc.sql("update audit_chain set head_seq = ?, head_hash = ? where id = 1")
                    .params(record.seq(), record.hash()).update();
            return record;
        });
    }

    private Head lockHead() {
        return jdbc.sql("select head_seq, head_hash, base_seq, base_hash from audit_chain where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .single();
    }

    private void insert(AuditRecord r) {
        AuditEntry e = r.entry();
        jdbc.sql("insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.seq(), Timestamp.from(r.occurredAt()), e.username(), e.displayName(), e.clientAddress(),
                        e.deviceId(), e.kind().name(), e.objectType(), e.objectId(), e.objectLabel(),
                        e.outcome().name(), e.detail(), r.previousHash(), r.hash())
                .update();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                new AuditEntry(rs.getString("username"), rs.getString("display_name"), rs.getString("client_address"),
                        rs.getString("device_id"), AuditKind.valueOf(rs.getString("kind")),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("object_label"),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail")),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** The result of checking the whole chain: how many records held, and the first broken one if any. */
    public record Verification(long verified, Optional<Broken> firstBroken) {

        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Where the chain breaks: the record's number (as stored, or as expected when it is missing) and why. */
    public record Broken(long seq, String reason) {
    }

    /**
     * Walks the chain from its base to its head in record-number order: each record must follow the one before
     * (numbers without gap), chain to its hash, and hash to what it stores; the last must be the head. A deleted,
     * altered or reordered record breaks the chain at that point.
     */
    public Verification verify() {
        Head head = jdbc.sql("select head_seq, head_hash, base_seq, base_hash from audit_chain where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .single();
        long expectedSeq = head.baseSeq() + 1;
        String previousHash = head.baseHash();
        long verified = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditRecord> page = jdbc.sql("select " + COLUMNS + " from audit_log where seq > ? order by seq"
                            + " fetch first " + PAGE + " rows only")
                    .params(after).query(AuditChain::map).list();
            for (AuditRecord record : page) {
                if (record.seq() != expectedSeq) {
                    return broken(verified, record.seq() < expectedSeq ? record.seq() : expectedSeq,
                            record.seq() < expectedSeq ? "record before the chain's base (" + head.baseSeq() + ")"
                                    : "record missing (the next stored is " + record.seq() + ")");
                }
                if (!record.previousHash().equals(previousHash)) {
                    return broken(verified, record.seq(), "does not chain to the record before it");
                }
                if (!record.hashHolds()) {
                    return broken(verified, record.seq(), "content altered (its hash does not match)");
                }
                previousHash = record.hash();
                expectedSeq++;
                verified++;
                after = record.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (expectedSeq - 1 != head.seq() || !previousHash.equals(head.hash())) {
            return broken(verified, expectedSeq, expectedSeq <= head.seq()
                    ? "record missing (the chain's head is " + head.seq() + ")"
                    : "the chain's head does not match the last record");
        }
        return new Verification(verified, Optional.empty());
    }

    private static Verification broken(long verified, long seq, String reason) {
        return new Verification(verified, Optional.of(new Broken(seq, reason)));
    }

    /**
     * Removes the records that occurred before {@code cutoff}, the chain's head locked meanwhile: the chain's base
     * takes the number and hash the first kept record chains to, so the rest stays verifiable. Returns how many
     * were removed.
     */
    int purgeBefore(Instant cutoff) {
        Integer removed = ownTransaction.execute(status -> {
            Head head = lockHead();
            Long lastOld = jdbc.sql("select max(seq) from audit_log where occurred_at < ?")
                    .params(Timestamp.from(cutoff)).query(Long.class).optional().orElse(null);
            if (lastOld == null) {
                return 0;
            }
            String baseHash = jdbc.sql("select hash from audit_log where seq = ?").params(lastOld)
                    .query(String.class).single();
            int count = jdbc.sql("delete from audit_log where seq <= ?").params(lastOld).update();
            jdbc.sql("update audit_chain set base_seq = ?, base_hash = ? where id = 1")
                    .params(lastOld, baseHash).update();
            return count;
        });
        return removed == null ? 0 : removed;
    }

    private record Head(long seq, String hash, long baseSeq, String baseHash) {
    }
}
