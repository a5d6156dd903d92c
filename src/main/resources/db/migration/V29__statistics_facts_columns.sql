-- Statistics (统计分析): more of the case copied into the projections, so that each part of the dashboard reads one
-- narrow table for the filter.
-- The case's number in case_facts: the overdue figures (the most overdue tasks, ordered by due date, meeting and
-- number, and the count of all) join the running tasks with case_facts instead of the cases; only the titles of the
-- tasks shown are read from the cases.
alter table case_facts add column number int;
update case_facts set number = (select s.number from suggestions s where s.id = case_facts.id);
alter table case_facts alter column number set not null;
-- The case's meeting and category in task_facts: the response times are grouped from task_facts alone.
alter table task_facts add column meeting_id bigint;
alter table task_facts add column category varchar(40);
update task_facts set meeting_id = (select s.meeting_id from suggestions s where s.id = task_facts.suggestion_id),
    category = (select s.category from suggestions s where s.id = task_facts.suggestion_id);
alter table task_facts alter column meeting_id set not null;
alter table task_facts alter column category set not null;
