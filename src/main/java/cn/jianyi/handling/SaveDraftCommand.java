package cn.jianyi.handling;

import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 拟稿: saves the draft reply of the acting unit for the case's current round. {@code commitments}, when given, is the
 * draft's whole list of commitments as the drafting form holds it (new, own and carried ones, ADR 0045), saved and
 * checked with the draft; {@code null} leaves the draft's commitments as they are.
 */
public record SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor,
                               List<DraftCommitment> commitments) {

    public SaveDraftCommand {
        commitments = commitments == null ? null : List.copyOf(commitments);
    }

    public SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor) {
        this(suggestionId, unitId, content, actor, null);
    }
}
