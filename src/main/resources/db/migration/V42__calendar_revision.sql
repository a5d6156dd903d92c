-- The working-day calendar's revision (ADR 0065). Every change of the calendar raises it, which locks the row until
-- the change commits; every act that counts a deadline in its transaction locks the same row first. So a deadline is
-- never counted on a calendar that a change is replacing, and a change recomputes every deadline issued before it.
create table calendar_revisions (
    id          int          primary key,
    revision    bigint       not null,
    changed_at  timestamp with time zone,
    changed_by  varchar(100)
);

insert into calendar_revisions (id, revision) values (1, 0);
