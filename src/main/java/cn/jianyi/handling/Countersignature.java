package cn.jianyi.handling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 会签: a co-unit countersigned one version of the lead unit's draft. A fact: never edited. */
@Table("countersignatures")
public record Countersignature(@Id Long id, Long replyId, int versionNo, Long unitId, String remark, String signedBy,
                               Instant signedAt) {

    /** The same countersignature as shown to a reader who may not read its remark. */
    public Countersignature withoutRemark() {
        return new Countersignature(id, replyId, versionNo, unitId, null, signedBy, signedAt);
    }
}
