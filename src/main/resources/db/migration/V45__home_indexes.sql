-- The home pages' to-do lists, each one statement with its condition in SQL (issue 22, ADR 0070's second addendum).
-- A unit's tasks in a status (待签收, 已答复: TaskConditions.taskOf), read from the unit's side; assignments_unit
-- (unit_id) alone read every task the unit ever had to find its few pending ones.
create index assignments_unit_status on assignments (unit_id, status, suggestion_id);
-- A unit's draft (ReplyConditions: 拟稿中, 退回修改, 送签): the unit's few replies in status DRAFT, not all it signed.
create index replies_unit_status on replies (unit_id, status, suggestion_id);
-- 代表不满意，待决定重新办理 (FeedbackConditions.awaitingRehandlingDecision): the few 不满意 answers.
create index feedbacks_satisfaction on feedbacks (satisfaction, suggestion_id);
-- 重点督办 (the key lists of the clerk, the supervisor and the administrator): the few cases with a leader.
create index suggestions_key_leader on suggestions (key_leader);
