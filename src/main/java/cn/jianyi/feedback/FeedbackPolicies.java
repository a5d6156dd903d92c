package cn.jianyi.feedback;

import java.util.Optional;

import cn.jianyi.shared.Decision;
import cn.jianyi.suggestion.Suggestion;

/** Named rules for feedback and closing. */
final class FeedbackPolicies {

    private FeedbackPolicies() {
    }

    /** Feedback answers a reply: only a replied case can be rated. */
    static Decision caseHasBeenReplied(Suggestion suggestion) {
        return suggestion.status() == Suggestion.Status.REPLIED ? Decision.allowed()
                : Decision.rejected("feedback.case.notReplied");
    }

    /** The feedback form goes to the lead deputy (领衔代表), who answers it. */
    static Decision onlyLeadDeputyAnswers(Suggestion suggestion, long deputyId) {
        return suggestion.leadDeputyId() == deputyId ? Decision.allowed()
                : Decision.rejected("feedback.notLeadDeputy");
    }

    /** A dissatisfied deputy says why, so that re-handling can address it. */
    static Decision reasonGivenWhenDissatisfied(Satisfaction satisfaction, String comment) {
        return satisfaction != Satisfaction.DISSATISFIED || (comment != null && !comment.isBlank())
                ? Decision.allowed() : Decision.rejected("feedback.comment.requiredWhenDissatisfied");
    }

    /** 重新办理 is the office's decision on a case whose deputy was dissatisfied with the latest reply. */
    static Decision rehandlingAfterDissatisfaction(Suggestion suggestion, Optional<Feedback> latestRoundFeedback) {
        if (suggestion.status() != Suggestion.Status.REPLIED) {
            return Decision.rejected("feedback.rehandling.notReplied");
        }
        return latestRoundFeedback.filter(f -> f.satisfaction() == Satisfaction.DISSATISFIED).isPresent()
                ? Decision.allowed() : Decision.rejected("feedback.rehandling.notDissatisfied");
    }

    /** A case closes after the deputy has answered the latest reply without being dissatisfied. */
    static Decision closableAfterFeedback(Suggestion suggestion, Optional<Feedback> latestRoundFeedback) {
        if (suggestion.status() != Suggestion.Status.REPLIED) {
            return Decision.rejected("feedback.close.notReplied");
        }
        if (latestRoundFeedback.isEmpty()) {
            return Decision.rejected("feedback.close.noFeedback");
        }
        return latestRoundFeedback.get().satisfaction() == Satisfaction.DISSATISFIED
                ? Decision.rejected("feedback.close.dissatisfied") : Decision.allowed();
    }
}
