package cn.jianyi.feedback;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every stored feedback record against its SM3withSM2 signature: a record changed in the database after it
 * was stored (a rating turned into 满意, a reason removed, a date moved) no longer verifies, nor does a record without
 * a signature.
 */
@Service
public class FeedbackVerification {

    private final FeedbackRepository feedbacks;
    private final FeedbackSigningKey signingKey;

    FeedbackVerification(FeedbackRepository feedbacks, FeedbackSigningKey signingKey) {
        this.feedbacks = feedbacks;
        this.signingKey = signingKey;
    }

    /** A record that does not verify: its id, case and why. */
    public record Altered(long feedbackId, long suggestionId, String reason) {
    }

    public record Result(int verified, List<Altered> altered) {
    }

    @Transactional(readOnly = true)
    public Result verifyAll() {
        int verified = 0;
        List<Altered> altered = new ArrayList<>();
        for (Feedback feedback : feedbacks.findAll()) {
            if (feedback.signature() == null || feedback.signingKeyId() == null) {
                altered.add(new Altered(feedback.id(), feedback.suggestionId(), "no signature"));
            } else if (signingKey.verifies(feedback.signingKeyId(), feedback.signedContent(), feedback.signature())) {
                verified++;
            } else {
                altered.add(new Altered(feedback.id(), feedback.suggestionId(),
                        "signature does not match the stored record"));
            }
        }
        return new Result(verified, List.copyOf(altered));
    }
}
