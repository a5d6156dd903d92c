-- Notices about online submissions (issue 5): new in the queue, the office's decision, withdrawal.
alter table notices drop constraint notices_kind;
alter table notices add constraint notices_kind check (kind in ('ASSIGNED', 'REASSIGNED', 'KEY_DESIGNATED', 'MERGED',
    'RETURN_REQUESTED', 'RETURN_DECIDED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'DEADLINE_CHANGED',
    'REPLIED', 'FEEDBACK_GIVEN', 'REHANDLING', 'CONCLUDED', 'CO_SIGN_INVITED', 'CO_SIGN_ACCEPTED',
    'CO_SIGN_DECLINED', 'SUBMITTED', 'SUBMISSION_DECIDED', 'WITHDRAWAL'));
