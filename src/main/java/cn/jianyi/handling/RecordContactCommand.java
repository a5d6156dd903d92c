package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/** 记录联系: a unit on the case records a contact with the deputy, with the files that document it, if any. */
public record RecordContactCommand(long suggestionId, long unitId, ContactKind kind, LocalDate contactedOn,
                                   String participants, String summary, Actor actor,
                                   List<AttachmentUpload> attachments) {

    public RecordContactCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A contact without attachments. */
    public RecordContactCommand(long suggestionId, long unitId, ContactKind kind, LocalDate contactedOn,
                                String participants, String summary, Actor actor) {
        this(suggestionId, unitId, kind, contactedOn, participants, summary, actor, List.of());
    }
}
