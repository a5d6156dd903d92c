package cn.jianyi.submission;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseTransitioned;

/** Once a case is assigned it can no longer be withdrawn: a withdrawal still waiting for consents lapses. */
@Component
class AssignmentWatch {

    private final SubmissionManagement submissions;

    AssignmentWatch(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @EventListener
    void on(CaseTransitioned event) {
        if (event.action() == CaseAction.ASSIGN) {
            submissions.withdrawalOvertakenByAssignment(event.suggestionId());
        }
    }
}
