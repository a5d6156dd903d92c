-- Statistics (统计分析): the satisfaction figures read each case's current feedback forms per round.
create index feedbacks_suggestion on feedbacks (suggestion_id, round);
