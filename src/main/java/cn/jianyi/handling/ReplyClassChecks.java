package cn.jianyi.handling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.rules.ClassChecks;
import cn.jianyi.rules.ClassWarning;

/**
 * 分类一致性提示 of replies (ADR 0062): a reply's body checked against the class it was drafted or signed with, by the
 * rules of its scheme; a recorded commitment (跟踪办理, always dated) counts as the deadline a commitment class
 * expects. Shown to the head before signing, the handler while drafting and the offices when they review; it informs
 * and never blocks.
 */
@Service
@Transactional(readOnly = true)
public class ReplyClassChecks {

    private final ClassChecks checks;
    private final Commitments commitments;

    ReplyClassChecks(ClassChecks checks, Commitments commitments) {
        this.checks = checks;
        this.commitments = commitments;
    }

    /** The warnings of a stored reply (draft or signed). */
    public List<ClassWarning> of(Reply reply) {
        return checks.warnings(reply.classificationScheme(), reply.classification().name(), reply.body(),
                !commitments.onReply(reply.id()).isEmpty());
    }

    /** The warnings of text as typed in the drafting form, before it is saved. */
    public List<ClassWarning> ofDraft(String schemeCode, ResolutionCategory classification, String body,
                                      boolean commitmentRecorded) {
        return classification == null ? List.of()
                : checks.warnings(schemeCode, classification.name(), body, commitmentRecorded);
    }

    /** The warnings of each reply that raises any, by reply id, in the replies' order. */
    public Map<Long, List<ClassWarning>> of(List<Reply> replies) {
        var warnings = new LinkedHashMap<Long, List<ClassWarning>>();
        for (Reply reply : replies) {
            List<ClassWarning> found = of(reply);
            if (!found.isEmpty()) {
                warnings.put(reply.id(), found);
            }
        }
        return warnings;
    }
}
