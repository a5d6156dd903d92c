package cn.jianyi.submission;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jianyi.assignment.CaseAssigned;

/**
 * Once a case is assigned it can no longer be withdrawn: a withdrawal still waiting for consents lapses. Runs inside
 * the 交办 transaction ({@link CaseAssigned} is published in it), so the lapse commits with the assignment or not at all.
 */
@Component
class AssignmentWatch {

    private final SubmissionManagement submissions;

    AssignmentWatch(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @EventListener
    void on(CaseAssigned event) {
        submissions.withdrawalOvertakenByAssignment(event.suggestionId());
    }
}
