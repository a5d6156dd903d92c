package cn.jianyi.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * One file of an import batch: a letter read and parsed, waiting for the clerk's review, then confirmed as an
 * archive record (with its links to unit, deputies, meeting and case) or discarded; or a file that could not be read,
 * kept with its reason. UNREADABLE, CONFIRMED and DISCARDED are terminal.
 */
@Table("archived_letters")
public class ArchivedLetter {

    /** 待审核 → 已确认 / 已舍弃; 无法读取 from the start. */
    public enum Status {
        UNREADABLE, PENDING_REVIEW, CONFIRMED, DISCARDED
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long batchId;
    private int position;
    private String fileName;
    private String format;
    private Status status;
    private String error;
    private String sourceText;
    private String parsed;
    @Embedded.Nullable
    private LetterFields fields;
    private Long unitId;
    private Long meetingId;
    private Long suggestionId;
    @MappedCollection(idColumn = "letter_id", keyColumn = "position")
    private List<ArchiveDeputy> deputies = new ArrayList<>();
    private String decidedBy;
    private Instant decidedAt;

    protected ArchivedLetter() {
    }

    /** A file read and parsed: its text and the parser's fields wait for review. */
    static ArchivedLetter read(long batchId, int position, String fileName, LetterText text, ParsedLetter parsed) {
        var letter = new ArchivedLetter();
        letter.batchId = batchId;
        letter.position = position;
        letter.fileName = fileName;
        letter.format = text.format();
        letter.sourceText = text.text();
        letter.parsed = ParsedFields.encode(parsed);
        letter.status = Status.PENDING_REVIEW;
        return letter;
    }

    /** A file that is not a readable letter, with the reason in Chinese. */
    static ArchivedLetter unreadable(long batchId, int position, String fileName, String error) {
        var letter = new ArchivedLetter();
        letter.batchId = batchId;
        letter.position = position;
        letter.fileName = fileName;
        letter.error = error;
        letter.status = Status.UNREADABLE;
        return letter;
    }

    /** 确认入库: the reviewed values and the records they were linked to. */
    void confirm(LetterFields reviewed, Long unitId, List<Long> deputyIds, Long meetingId, Long suggestionId,
                 String by, Instant at) {
        require("confirm", Status.PENDING_REVIEW);
        if (reviewed.kind() == null || reviewed.title() == null || reviewed.title().isBlank()) {
            throw new IllegalArgumentException("a confirmed letter needs its kind and title");
        }
        this.fields = reviewed;
        this.unitId = unitId;
        this.deputies = new ArrayList<>(deputyIds.stream().distinct().map(ArchiveDeputy::new).toList());
        this.meetingId = meetingId;
        this.suggestionId = suggestionId;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = Status.CONFIRMED;
    }

    /** 舍弃: the file is not kept in the archive (a duplicate, not a reply letter). */
    void discard(String by, Instant at) {
        require("discard", Status.PENDING_REVIEW);
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = Status.DISCARDED;
    }

    private void require(String action, Status expected) {
        if (status != expected) {
            throw new IllegalTransitionException(status, action);
        }
    }

    public Long id() {
        return id;
    }

    public long batchId() {
        return batchId;
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String sourceText() {
        return sourceText;
    }

    /** The parser's fields with their confidence, by key. */
    public java.util.Map<String, ParsedFields.Field> parsedFields() {
        return ParsedFields.decode(parsed);
    }

    /** The reviewed values; {@code null} until confirmed. */
    public LetterFields fields() {
        return fields;
    }

    public Long unitId() {
        return unitId;
    }

    public List<Long> deputyIds() {
        return deputies.stream().map(ArchiveDeputy::deputyId).toList();
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
