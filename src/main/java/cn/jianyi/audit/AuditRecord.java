package cn.jianyi.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * One stored record of the security audit log: its number in the chain, when, what ({@link AuditEntry}), the hash of
 * the record before it and its own SM3 hash over all of that.
 */
public record AuditRecord(long seq, Instant occurredAt, AuditEntry entry, String previousHash, String hash) {

    /** The hash the first record of a new chain chains to. */
    static final String GENESIS = "0".repeat(64);

    /** The record with its hash computed over its content and {@code previousHash}. */
    static AuditRecord sealed(long seq, Instant occurredAt, AuditEntry entry, String previousHash) {
        return new AuditRecord(seq, occurredAt, entry, previousHash, hashOf(seq, occurredAt, entry, previousHash));
    }

    /** Whether the stored hash is the one its content gives. */
    boolean hashHolds() {
        return hashOf(seq, occurredAt, entry, previousHash).equals(hash);
    }

    /**
     * SM3 over the canonical text: every field in a fixed order, each written as its length and its text (or
     * {@code n} for none), so that no two different records share a text.
     */
    static String hashOf(long seq, Instant occurredAt, AuditEntry e, String previousHash) {
        StringBuilder text = new StringBuilder("jianyi-audit-v1");
        for (Object field : new Object[] {seq, occurredAt.toEpochMilli(), e.username(), e.displayName(),
                e.clientAddress(), e.deviceId(), e.kind().name(), e.objectType(), e.objectId(), e.objectLabel(),
                e.outcome().name(), e.detail(), previousHash}) {
            if (field == null) {
                text.append("|n");
            } else {
                String value = field.toString();
                text.append('|').append(value.length()).append(':').append(value);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
