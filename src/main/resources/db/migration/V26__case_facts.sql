-- Statistics (统计分析): one row per case with the facts the dashboard counts, kept by the statistics module in the
-- transaction of every act on the case (CaseFacts); built for the existing cases when the application starts. The
-- case's id, meeting, category and status are copied so that the dashboard reads this table alone (alias s).
create table case_facts (
    id                   bigint      primary key references suggestions (id),
    meeting_id           bigint      not null,
    category             varchar(40) not null,
    status               varchar(20) not null,
    replied              boolean     not null,
    on_time              boolean     not null,
    face_to_face         boolean     not null,
    effective_class      varchar(1),
    class_scheme         varchar(20),
    first_satisfied      int         not null,
    first_basically      int         not null,
    first_dissatisfied   int         not null,
    final_satisfied      int         not null,
    final_basically      int         not null,
    final_dissatisfied   int         not null
);
create index case_facts_meeting on case_facts (meeting_id);
-- the overdue figures: running tasks by due date
create index assignments_running on assignments (status, due_on);
