package cn.jianyi.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Insert-only access to contact attachments. Plain SQL rather than a mapped aggregate, so listing a case's attachments
 * never loads their bytes: only {@link #file(long)} reads the content column.
 */
@Repository
class ContactAttachmentRepository {

    private static final String COLUMNS = "a.id, a.contact_record_id, a.file_name, a.content_type, a.size_bytes,"
            + " a.sha256, a.uploaded_by, a.uploaded_at";

    private final JdbcClient jdbc;

    ContactAttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long contactRecordId, String fileName, AttachmentType type, String sha256, byte[] content,
                String uploadedBy, Instant uploadedAt) {
        jdbc.sql("""
                        insert into contact_attachments (contact_record_id, file_name, content_type, size_bytes, sha256,
                                                         content, uploaded_by, uploaded_at)
                        values (:record, :name, :type, :size, :sha256, :content, :by, :at)
                        """)
                .param("record", contactRecordId).param("name", fileName).param("type", type.mediaType())
                .param("size", (long) content.length).param("sha256", sha256).param("content", content)
                .param("by", uploadedBy).param("at", OffsetDateTime.ofInstant(uploadedAt, java.time.ZoneOffset.UTC))
                .update();
    }

    /** The attachments of every contact record of a case, by record, in upload order. */
    List<ContactAttachment> ofSuggestion(long suggestionId) {
        return jdbc.sql("select " + COLUMNS + " from contact_attachments a"
                        + " join contact_records c on c.id = a.contact_record_id"
                        + " where c.suggestion_id = :id order by a.contact_record_id, a.id")
                .param("id", suggestionId)
                .query((rs, n) -> attachment(rs))
                .list();
    }

    Optional<ContactAttachmentFile> file(long id) {
        return jdbc.sql("select " + COLUMNS + ", a.content, c.suggestion_id from contact_attachments a"
                        + " join contact_records c on c.id = a.contact_record_id where a.id = :id")
                .param("id", id)
                .query((rs, n) -> new ContactAttachmentFile(attachment(rs), rs.getLong("suggestion_id"),
                        rs.getBytes("content")))
                .optional();
    }

    private static ContactAttachment attachment(ResultSet rs) throws SQLException {
        return new ContactAttachment(rs.getLong("id"), rs.getLong("contact_record_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
