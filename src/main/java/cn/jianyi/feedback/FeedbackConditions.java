package cn.jianyi.feedback;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.handling.ReplyConditions;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.suggestion.CaseCondition;
import cn.jianyi.suggestion.CaseConditions;

/**
 * {@link FeedbackManagement}'s questions about a replied case as {@link CaseCondition}s, for lists of cases: who has
 * answered the latest signed reply ({@link FeedbackManagement#latestRoundFeedbacks}: the answers no correction
 * supersedes), and who must ({@link FeedbackPolicies#requiredAnswerers}: the lead deputies of the case and of the
 * suggestions merged into it, with their co-signers where the congress's rules say {@link FeedbackAnswerers#ALL_SIGNERS}).
 * Each condition holds on a case in status 已答复 exactly when its counterpart says so; the list filters the status.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackConditions {

    private final RuleSets ruleSets;

    FeedbackConditions(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The deputy is to answer the latest reply ({@link FeedbackManagement#awaitsAnswerFrom}). */
    public CaseCondition awaitingAnswerFrom(long deputyId) {
        CaseCondition coSignersToo = coSignersAnswer();
        return CaseConditions.answers(deputyId, coSignersToo)
                .and((caseId, values) -> "not " + answeredBy(caseId, values.bind(deputyId)));
    }

    /** The office may close the case ({@link FeedbackManagement#isClosable}). */
    public CaseCondition closable() {
        return CaseConditions.everyDeputyAnswered(coSignersAnswer(),
                        (caseId, deputyId, values) -> answeredBy(caseId, deputyId))
                .and((caseId, values) -> "not " + dissatisfied(caseId));
    }

    /**
     * The office has to decide on re-handling ({@link FeedbackManagement#awaitsRehandlingDecision}); narrowing: read
     * from the 不满意 answers, which are few.
     */
    public CaseCondition awaitingRehandlingDecision() {
        return CaseCondition.narrowing((caseId, values) -> caseId + " in (select fd.suggestion_id from feedbacks fd"
                + " where fd.satisfaction = 'DISSATISFIED' and " + current("fd") + " and fd.reply_id = "
                + ReplyConditions.latestSignedReplyOf("fd.suggestion_id") + ")");
    }

    private CaseCondition coSignersAnswer() {
        return CaseConditions.inCongresses(ruleSets.congressesWhereEverySignerAnswers());
    }

    /** A current answer of the deputy ({@code deputy}: a column, or a bound parameter from {@link cn.jianyi.suggestion.SqlValues#bind}) to the case's latest reply. */
    private static String answeredBy(String caseId, String deputy) {
        return "exists (select 1 from feedbacks fa where fa.reply_id = " + ReplyConditions.latestSignedReplyOf(caseId)
                + " and fa.deputy_id = " + deputy + " and " + current("fa") + ")";
    }

    /** A current answer to the case's latest reply is 不满意. */
    private static String dissatisfied(String caseId) {
        return "exists (select 1 from feedbacks fd where fd.reply_id = " + ReplyConditions.latestSignedReplyOf(caseId)
                + " and fd.satisfaction = 'DISSATISFIED' and " + current("fd") + ")";
    }

    /** No correction supersedes the answer ({@link Feedback#current}). */
    private static String current(String answer) {
        return "not exists (select 1 from feedbacks fx where fx.reply_id = " + answer + ".reply_id and fx.supersedes_id = "
                + answer + ".id)";
    }
}
