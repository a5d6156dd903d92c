package cn.jianyi.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code notices} and {@code notice_deliveries} tables. Every read and change of a person's notices names the
 * recipient in its {@code where} clause: a notice of someone else is never found (data scope in the query).
 */
@Component
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertNotice(long recipientId, NoticeRequest request, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notices (recipient_id, suggestion_id, kind, title, body, link, created_at)
                        values (:recipient, :suggestion, :kind, :title, :body, :link, :at)""")
                .param("recipient", recipientId)
                .param("suggestion", request.suggestionId())
                .param("kind", request.kind().name())
                .param("title", request.title())
                .param("body", request.body())
                .param("link", request.link())
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertDelivery(long noticeId, DeliveryChannel channel, String address, Instant dueAt) {
        jdbc.sql("""
                        insert into notice_deliveries (notice_id, channel, address, status, attempts, due_at)
                        values (:notice, :channel, :address, 'PENDING', 0, :due)""")
                .param("notice", noticeId)
                .param("channel", channel.name())
                .param("address", address)
                .param("due", Timestamp.from(dueAt))
                .update();
    }

    /** One page of the recipient's notices, newest first; one row more than asked tells whether more follow. */
    List<Notice> page(long recipientId, int offset, int limit) {
        return jdbc.sql("select * from notices where recipient_id = :recipient order by id desc limit :limit offset :offset")
                .param("recipient", recipientId)
                .param("limit", limit)
                .param("offset", offset)
                .query(NoticeStore::notice)
                .list();
    }

    Optional<Notice> find(long recipientId, long noticeId) {
        return jdbc.sql("select * from notices where id = :id and recipient_id = :recipient")
                .param("id", noticeId)
                .param("recipient", recipientId)
                .query(NoticeStore::notice)
                .optional();
    }

    long unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from notices where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId)
                .query(Long.class)
                .single();
    }

    /** Marks the recipient's notice read, if it is theirs and unread; returns whether a row changed. */
    boolean markRead(long recipientId, long noticeId, Instant at) {
        return jdbc.sql("update notices set read_at = :at where id = :id and recipient_id = :recipient and read_at is null")
                .param("at", Timestamp.from(at))
                .param("id", noticeId)
                .param("recipient", recipientId)
                .update() == 1;
    }

    int markAllRead(long recipientId, Instant at) {
        return jdbc.sql("update notices set read_at = :at where recipient_id = :recipient and read_at is null")
                .param("at", Timestamp.from(at))
                .param("recipient", recipientId)
                .update();
    }

    List<Delivery> deliveriesOf(Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from notice_deliveries where notice_id in (:ids) order by id")
                .param("ids", noticeIds)
                .query(NoticeStore::delivery)
                .list();
    }

    /** An e-mail or SMS ready to go, with what it says and to whom the notice is. */
    record DueDelivery(long id, long noticeId, long recipientId, DeliveryChannel channel, String address,
                       int attempts, String title, String body, String link) {
    }

    /** Pending deliveries due at {@code now}, the longest waiting first. */
    List<DueDelivery> due(Instant now, int limit) {
        return jdbc.sql("""
                        select d.id, d.notice_id, n.recipient_id, d.channel, d.address, d.attempts, n.title, n.body, n.link
                          from notice_deliveries d join notices n on n.id = d.notice_id
                         where d.status = 'PENDING' and d.due_at <= :now
                         order by d.due_at, d.id
                         limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new DueDelivery(rs.getLong("id"), rs.getLong("notice_id"), rs.getLong("recipient_id"),
                        DeliveryChannel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getInt("attempts"),
                        rs.getString("title"), rs.getString("body"), rs.getString("link")))
                .list();
    }

    /** Quiet hours began after the delivery was queued: it waits until they end, no attempt counted. */
    void postpone(long deliveryId, Instant until) {
        jdbc.sql("update notice_deliveries set due_at = :until where id = :id and status = 'PENDING'")
                .param("until", Timestamp.from(until))
                .param("id", deliveryId)
                .update();
    }

    /**
     * Takes a delivery for one attempt: counts the attempt and sets when the next is due should this one fail or the
     * process stop mid-way. Only one taker succeeds (the attempt count it saw must still be there).
     */
    boolean claim(long deliveryId, int attemptsSeen, Instant retryAt) {
        return jdbc.sql("""
                        update notice_deliveries set attempts = attempts + 1, due_at = :retry
                         where id = :id and status = 'PENDING' and attempts = :seen""")
                .param("retry", Timestamp.from(retryAt))
                .param("id", deliveryId)
                .param("seen", attemptsSeen)
                .update() == 1;
    }

    void markSent(long deliveryId, Instant at) {
        jdbc.sql("update notice_deliveries set status = 'SENT', sent_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", deliveryId)
                .update();
    }

    /** Keeps the error; {@code finalAttempt} gives the delivery up as FAILED, otherwise it waits for its retry. */
    void recordFailure(long deliveryId, String error, boolean finalAttempt) {
        jdbc.sql("update notice_deliveries set last_error = :error, status = :status where id = :id")
                .param("error", error.length() <= 500 ? error : error.substring(0, 499) + "…")
                .param("status", finalAttempt ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name())
                .param("id", deliveryId)
                .update();
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        long suggestion = rs.getLong("suggestion_id");
        Long suggestionId = rs.wasNull() ? null : suggestion;
        Timestamp read = rs.getTimestamp("read_at");
        return new Notice(rs.getLong("id"), rs.getLong("recipient_id"), suggestionId,
                NoticeKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(rs.getLong("id"), rs.getLong("notice_id"), DeliveryChannel.valueOf(rs.getString("channel")),
                rs.getString("address"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("due_at").toInstant(), sent == null ? null : sent.toInstant(), rs.getString("last_error"));
    }
}
