package cn.jianyi.handling;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;

/** Drafting is one place (ADR 0045): everything the unit should see while it writes its reply. */
@Service
@Transactional(readOnly = true)
public class DraftingContexts {

    private final ReplyRepository replies;
    private final ReplyCommentRepository comments;
    private final CoUnitOpinions opinions;
    private final SuggestionQueries queries;
    private final Directory directory;
    private final ObjectProvider<RoundFeedback> feedback;

    DraftingContexts(ReplyRepository replies, ReplyCommentRepository comments, CoUnitOpinions opinions,
                     SuggestionQueries queries, Directory directory, ObjectProvider<RoundFeedback> feedback) {
        this.replies = replies;
        this.comments = comments;
        this.opinions = opinions;
        this.queries = queries;
        this.directory = directory;
        this.feedback = feedback;
    }

    /** The context of the unit's reply on the case (the caller has checked the user may draft it). */
    public DraftingContext of(long suggestionId, long unitId) {
        List<Reply> own = replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestionId).stream()
                .filter(r -> r.unitId() == unitId).toList();
        List<ReplyComment> onDraft = own.stream().filter(r -> !r.isSigned()).findFirst()
                .map(r -> comments.findByReplyIdOrderById(r.id())).orElse(List.of());
        List<CoUnitOpinion> given = opinions.opinionsOf(suggestionId);
        Map<Long, String> names = new HashMap<>();
        given.forEach(o -> names.put(o.unitId(), directory.unit(o.unitId()).shortName()));
        Optional<Reply> previous = own.stream().filter(Reply::isSigned).max(Comparator.comparingInt(Reply::round));
        List<RoundFeedback.Answer> answers = previous.flatMap(p -> Optional.ofNullable(feedback.getIfAvailable())
                .map(f -> f.answersTo(p.id()))).orElse(List.of());
        String requirement = previous.isEmpty() ? null
                : queries.details(suggestionId, DataScope.all()).timeline().stream()
                        .filter(e -> e.action() == CaseAction.REOPEN_FOR_REHANDLING)
                        .reduce((a, b) -> b).map(TimelineEntry::remark).orElse(null);
        return new DraftingContext(onDraft, given, names, previous.orElse(null), answers, requirement);
    }
}
