package cn.jianyi.handling;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.Directory;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Decision;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 会签: co-units countersign the lead unit's draft as it now stands, where the case's rules require it. The offer of
 * the action ({@link #mayCountersign}) and the command ({@link #countersign}) ask the same {@link Decision}.
 */
@Service
@Transactional
public class Countersigning {

    private final ReplyRepository replies;
    private final ReplyVersionRepository versions;
    private final CountersignatureRepository countersignatures;
    private final Assignments assignments;
    private final SuggestionManagement suggestions;
    private final RuleSets ruleSets;
    private final Directory directory;
    private final Clock clock;

    Countersigning(ReplyRepository replies, ReplyVersionRepository versions,
                   CountersignatureRepository countersignatures, Assignments assignments,
                   SuggestionManagement suggestions, RuleSets ruleSets, Directory directory, Clock clock) {
        this.replies = replies;
        this.versions = versions;
        this.countersignatures = countersignatures;
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.ruleSets = ruleSets;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * 会签: a current co-unit of the case countersigns the lead unit's draft as it now stands (its latest version).
     * A revised draft needs countersigning again.
     */
    public Countersignature countersign(CountersignCommand command) {
        Reply reply = replies.findById(command.replyId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        decision(reply, command.unitId()).orThrow();
        int version = currentVersion(reply.id());
        Countersignature saved = countersignatures.save(new Countersignature(null, reply.id(), version,
                command.unitId(), command.remark(), command.actor().username(), clock.instant()));
        suggestions.recordActivity(reply.suggestionId(), CaseAction.COUNTERSIGN, command.actor(),
                directory.unit(command.unitId()).shortName() + "会签第" + reply.round() + "轮答复稿第" + version + "稿"
                        + (command.remark() == null ? "" : "；" + command.remark()));
        return saved;
    }

    /** Whether the case's rules ask for 会签 and the unit may countersign the reply now (to offer the action). */
    @Transactional(readOnly = true)
    public boolean mayCountersign(Reply reply, long unitId) {
        return countersignRequired(reply.suggestionId()) && decision(reply, unitId) instanceof Decision.Allowed;
    }

    private Decision decision(Reply reply, long unitId) {
        if (assignments.taskOf(reply.suggestionId(), unitId).filter(Assignment::isCoUnit).isEmpty()) {
            return Decision.rejected("handling.countersign.notCoUnit");
        }
        if (reply.isSigned()) {
            return Decision.rejected("handling.countersign.signed");
        }
        return countersignedUnits(reply.id()).contains(unitId)
                ? Decision.rejected("handling.countersign.already") : Decision.allowed();
    }

    /** The units that countersigned the reply's current version. */
    @Transactional(readOnly = true)
    public List<Long> countersignedUnits(long replyId) {
        int version = currentVersion(replyId);
        return countersignatures.findByReplyIdOrderById(replyId).stream()
                .filter(c -> c.versionNo() == version).map(Countersignature::unitId).toList();
    }

    /** The countersignatures of a reply, all versions. */
    @Transactional(readOnly = true)
    public List<Countersignature> countersignaturesOf(long replyId) {
        return countersignatures.findByReplyIdOrderById(replyId);
    }

    /** Whether the case's rules make co-units countersign the lead unit's draft. */
    @Transactional(readOnly = true)
    public boolean countersignRequired(long suggestionId) {
        return ruleSets.forMeeting(suggestions.get(suggestionId).meetingId()).countersignRequired();
    }

    private int currentVersion(long replyId) {
        return versions.findByReplyIdOrderByVersionNo(replyId).size();
    }
}
