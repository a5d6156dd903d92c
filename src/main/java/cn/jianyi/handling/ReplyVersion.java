package cn.jianyi.handling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One saved version of a reply draft (修改记录). A fact: never edited. */
@Table("reply_versions")
public record ReplyVersion(@Id Long id, Long replyId, int versionNo, ResolutionCategory classification, String title,
                           String salutation, String body, String contactUnit, String contactPhone, String postcode,
                           String copyTo, Publicity publicity, String draftedBy, Instant draftedAt) {

    static ReplyVersion of(Reply reply, int versionNo) {
        return new ReplyVersion(null, reply.id(), versionNo, reply.classification(), reply.title(), reply.salutation(),
                reply.body(), reply.contactUnit(), reply.contactPhone(), reply.postcode(),
                String.join("\n", reply.copyTo()), reply.publicity(), reply.draftedBy(), reply.draftedAt());
    }
}
