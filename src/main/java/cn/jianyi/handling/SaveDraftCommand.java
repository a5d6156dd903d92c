package cn.jianyi.handling;

import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 拟稿: saves the draft reply of the acting unit for the case's current round. {@code commitments}, when given, is the
 * draft's whole list of commitments as the drafting form holds it (new, own and carried ones, ADR 0045), saved and
 * checked with the draft; {@code null} leaves the draft's commitments as they are. {@code readVersion} is the draft's
 * version when the form was read ({@link #NO_DRAFT} when there was none yet): refused if the draft changed since, so
 * one handler never overwrites another's text unseen (ADR 0065); {@code null}: not checked.
 */
public record SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor,
                               List<DraftCommitment> commitments, Integer readVersion) {

    /** The {@code readVersion} of a form read when the unit had no draft yet. */
    public static final int NO_DRAFT = -1;

    public SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor,
                            List<DraftCommitment> commitments) {
        this(suggestionId, unitId, content, actor, commitments, null);
    }

    public SaveDraftCommand {
        commitments = commitments == null ? null : List.copyOf(commitments);
    }

    public SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor) {
        this(suggestionId, unitId, content, actor, null);
    }
}
