-- Statistics (统计分析): one row per case with the facts the dashboard counts, kept by the statistics module in the
-- transaction of every act on the case (CaseFacts); built for the existing cases when the application starts.
create table case_facts (
    suggestion_id        bigint      primary key references suggestions (id),
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
