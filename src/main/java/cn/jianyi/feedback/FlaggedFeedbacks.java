package cn.jianyi.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/** The supervision office's list of flagged feedback: newest first, each with its case and every reason. */
@Service
@Transactional(readOnly = true)
public class FlaggedFeedbacks {

    private final FeedbackFlagRepository flags;
    private final FeedbackRepository feedbacks;
    private final SuggestionQueries queries;
    private final Directory directory;

    FlaggedFeedbacks(FeedbackFlagRepository flags, FeedbackRepository feedbacks, SuggestionQueries queries,
                     Directory directory) {
        this.flags = flags;
        this.feedbacks = feedbacks;
        this.queries = queries;
        this.directory = directory;
    }

    /** A flagged feedback record with its case (within the reader's scope) and its flags. */
    public record FlaggedFeedback(long feedbackId, SuggestionSummary suggestion, int round, String deputyName,
                                  Satisfaction satisfaction, Instant submittedAt, String clientAddress,
                                  List<FeedbackFlag> flags) {
    }

    public List<FlaggedFeedback> list(DataScope scope) {
        Map<Long, List<FeedbackFlag>> byFeedback = new LinkedHashMap<>();
        for (FeedbackFlag flag : flags.findAllByOrderByIdDesc()) {
            byFeedback.computeIfAbsent(flag.feedbackId(), id -> new ArrayList<>()).add(flag);
        }
        Map<Long, Feedback> records = feedbacks.findAllById(byFeedback.keySet()).stream()
                .collect(Collectors.toMap(Feedback::id, Function.identity()));
        Map<Long, SuggestionSummary> cases = queries.summariesOf(
                        records.values().stream().map(Feedback::suggestionId).distinct().toList(), scope).stream()
                .collect(Collectors.toMap(SuggestionSummary::id, Function.identity()));
        List<FlaggedFeedback> list = new ArrayList<>();
        byFeedback.forEach((id, found) -> {
            Feedback feedback = records.get(id);
            SuggestionSummary suggestion = cases.get(feedback.suggestionId());
            if (suggestion != null) {
                found.sort((a, b) -> Long.compare(a.id(), b.id()));
                list.add(new FlaggedFeedback(id, suggestion, feedback.round(),
                        directory.deputy(feedback.deputyId()).name(), feedback.satisfaction(),
                        feedback.submittedAt(), feedback.clientAddress(), List.copyOf(found)));
            }
        });
        return list;
    }
}
