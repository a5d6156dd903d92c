-- Statistics (统计分析): one row per answering task (主办 or 分办, not returned) with its 交办 date and the unit's first
-- signing date, kept with case_facts by CaseFacts in the transaction of every act on the case, so that the response
-- times per unit are grouped from one narrow table.
create table task_facts (
    id             bigint  primary key references assignments (id),
    suggestion_id  bigint  not null references suggestions (id),
    unit_id        bigint  not null,
    assigned_on    date    not null,
    first_signed   date
);
create index task_facts_suggestion on task_facts (suggestion_id);
