package cn.jianyi.feedback;

import java.util.Collection;
import java.util.List;

import cn.jianyi.handling.Reply;
import cn.jianyi.rules.FeedbackAnswerers;
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

    /**
     * Who answers the feedback form, as the congress's rules say: the lead deputy only (只寄给领衔代表), or every
     * deputy who signed the suggestion.
     */
    static List<Long> requiredAnswerers(Suggestion suggestion, FeedbackAnswerers answerers) {
        if (answerers == FeedbackAnswerers.ALL_SIGNERS) {
            var all = new java.util.ArrayList<Long>();
            all.add(suggestion.leadDeputyId());
            all.addAll(suggestion.coSignerIds());
            return List.copyOf(all);
        }
        return List.of(suggestion.leadDeputyId());
    }

    /** The deputy is one of those who answer the form under the congress's rules. */
    static Decision answersTheForm(List<Long> required, FeedbackAnswerers answerers, long deputyId) {
        if (required.contains(deputyId)) {
            return Decision.allowed();
        }
        return Decision.rejected(answerers == FeedbackAnswerers.LEAD_ONLY ? "feedback.notLeadDeputy"
                : "feedback.notASigner");
    }

    /**
     * An answer may be corrected while the case still waits on it: the case is 已答复 (not yet sent back or closed),
     * the answer is to the latest reply and is the one that counts (not already superseded), and it was given online
     * (a paper form is the office's record of what the deputy wrote).
     */
    static Decision correctable(Suggestion suggestion, Reply latestReply, Feedback answer, List<Feedback> current) {
        if (suggestion.status() != Suggestion.Status.REPLIED || !answer.replyId().equals(latestReply.id())) {
            return Decision.rejected("feedback.correction.closed");
        }
        if (current.stream().noneMatch(f -> f.id().equals(answer.id()))) {
            return Decision.rejected("feedback.correction.superseded");
        }
        return answer.onPaper() ? Decision.rejected("feedback.correction.paper") : Decision.allowed();
    }

    /** A dissatisfied deputy says why, so that re-handling can address it. */
    static Decision reasonGivenWhenDissatisfied(Satisfaction satisfaction, String comment) {
        return satisfaction != Satisfaction.DISSATISFIED || (comment != null && !comment.isBlank())
                ? Decision.allowed() : Decision.rejected("feedback.comment.requiredWhenDissatisfied");
    }

    /** 重新办理 is the office's decision on a case a deputy was dissatisfied with at the latest reply. */
    static Decision rehandlingAfterDissatisfaction(Suggestion suggestion, Collection<Feedback> latestRound) {
        if (suggestion.status() != Suggestion.Status.REPLIED) {
            return Decision.rejected("feedback.rehandling.notReplied");
        }
        return latestRound.stream().anyMatch(f -> f.satisfaction() == Satisfaction.DISSATISFIED)
                ? Decision.allowed() : Decision.rejected("feedback.rehandling.notDissatisfied");
    }

    /** A case closes once every required deputy answered the latest reply and none was dissatisfied. */
    static Decision closableAfterFeedback(Suggestion suggestion, List<Long> required, Collection<Feedback> latestRound) {
        if (suggestion.status() != Suggestion.Status.REPLIED) {
            return Decision.rejected("feedback.close.notReplied");
        }
        if (latestRound.stream().anyMatch(f -> f.satisfaction() == Satisfaction.DISSATISFIED)) {
            return Decision.rejected("feedback.close.dissatisfied");
        }
        boolean allAnswered = required.stream()
                .allMatch(deputy -> latestRound.stream().anyMatch(f -> f.deputyId().equals(deputy)));
        return allAnswered ? Decision.allowed() : Decision.rejected("feedback.close.noFeedback");
    }
}
