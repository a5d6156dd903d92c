-- The dashboard's rollups (ADR 0069): pre-aggregated counts kept by CaseFacts in the transaction of every act, so
-- that every filter the dashboard offers reads O(groups), not O(cases). Each live case adds one row's worth to
-- case_rollups with unit_id 0 (every case once: the figures without a unit filter) and one more per unit on the case
-- (the unit filter; answering: that unit leads or answers its part, 主办/分办). Sentinels rather than nulls in the keys:
-- first_year 0 for a case not yet assigned, '' for no class or scheme. Rows are never deleted by an act (a count
-- may fall to 0): a concurrent act could otherwise update a row that vanished under it; Rollups.rebuild drops them.
create table case_rollups (
    unit_id              bigint      not null,
    meeting_id           bigint      not null,
    category             varchar(40) not null,
    first_year           int         not null,
    answering            boolean     not null,
    status               varchar(20) not null,
    replied              boolean     not null,
    on_time              boolean     not null,
    face_to_face         boolean     not null,
    effective_class      varchar(1)  not null,
    class_scheme         varchar(20) not null,
    n                    bigint      not null default 0,
    first_satisfied      bigint      not null default 0,
    first_basically      bigint      not null default 0,
    first_dissatisfied   bigint      not null default 0,
    final_satisfied      bigint      not null default 0,
    final_basically      bigint      not null default 0,
    final_dissatisfied   bigint      not null default 0,
    primary key (unit_id, meeting_id, category, first_year, answering, status, replied, on_time, face_to_face,
                 effective_class, class_scheme)
);
-- The response times: the answering tasks with a signed reply, counted per task unit, 交办 date and first signing
-- date (the working days are counted on the calendar when read, so a calendar change shows at once); on_case and
-- answering: the task's unit is on the case (in any role / as 主办 or 分办), for the unit filter.
create table response_rollups (
    unit_id        bigint      not null,
    meeting_id     bigint      not null,
    category       varchar(40) not null,
    first_year     int         not null,
    on_case        boolean     not null,
    answering      boolean     not null,
    assigned_on    date        not null,
    first_signed   date        not null,
    n              bigint      not null default 0,
    primary key (unit_id, meeting_id, category, first_year, on_case, answering, assigned_on, first_signed)
);
-- The overdue count: the answering tasks whose deadline runs, by due date (a key that does not depend on today: the
-- overdue ones are the rows with due_on before today, whatever day it is).
create table running_rollups (
    unit_id        bigint      not null,
    meeting_id     bigint      not null,
    category       varchar(40) not null,
    first_year     int         not null,
    on_case        boolean     not null,
    answering      boolean     not null,
    due_on         date        not null,
    n              bigint      not null default 0,
    primary key (unit_id, meeting_id, category, first_year, on_case, answering, due_on)
);
-- What each case's rollup rows counted, so that an act can take the case's old share out before adding the new one:
-- the year of its first 交办 in case_facts, and the units on it when the rows were last computed.
alter table case_facts add column first_year int not null default 0;
create table case_fact_units (
    suggestion_id  bigint  not null references suggestions (id),
    unit_id        bigint  not null,
    answering      boolean not null,
    primary key (suggestion_id, unit_id)
);
-- The 100 most overdue tasks: the running answering tasks in task_facts with their due date and the case's number,
-- read in the list's order from this index until 100 match the filter.
alter table task_facts add column due_on date;
alter table task_facts add column running boolean not null default false;
alter table task_facts add column number int;
create index task_facts_running on task_facts (running, due_on, meeting_id, number);
-- The projections are computed again with their new column on the next start (CaseFacts.buildMissing), and the
-- rollups from them.
delete from task_facts;
delete from case_facts;
