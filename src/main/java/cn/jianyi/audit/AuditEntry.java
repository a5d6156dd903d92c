package cn.jianyi.audit;

import java.util.Objects;

import cn.jianyi.shared.ClientInfo;

/**
 * What one security audit record says: who (login and display name), from where (client address and browser id),
 * what (the kind), on which object (type, id and label), the outcome and a detail. Texts longer than their column are
 * cut here, so that what is hashed is what is stored.
 */
public record AuditEntry(String username, String displayName, String clientAddress, String deviceId, AuditKind kind,
                         String objectType, String objectId, String objectLabel, AuditOutcome outcome,
                         String detail) {

    public AuditEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        username = cut(username, 40);
        displayName = cut(displayName, 100);
        clientAddress = cut(clientAddress, 64);
        deviceId = cut(deviceId, 64);
        objectType = cut(objectType, 40);
        objectId = cut(objectId, 64);
        objectLabel = cut(objectLabel, 200);
        detail = cut(detail, 500);
    }

    /** A record of {@code kind} by {@code username} from {@code client} (either may be null), without object yet. */
    public static AuditEntry of(AuditKind kind, AuditOutcome outcome, String username, String displayName,
                                ClientInfo client) {
        return new AuditEntry(username, displayName, client == null ? null : client.address(),
                client == null ? null : client.deviceId(), kind, null, null, null, outcome, null);
    }

    public AuditEntry on(String type, Object id, String label) {
        return new AuditEntry(username, displayName, clientAddress, deviceId, kind, type,
                id == null ? null : id.toString(), label, outcome, detail);
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(username, displayName, clientAddress, deviceId, kind, objectType, objectId, objectLabel,
                outcome, text);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
