-- Several instances on one database (issue 22, point 1; ADR 0064).

-- Sessions in the database (Spring Session JDBC), so a login survives a switch of instance or a restart. Spring
-- Session's own schema (schema-postgresql.sql of spring-session-jdbc), in lower case, created here rather than by
-- Spring Session (spring.session.jdbc.initialize-schema=never). bytea: PostgreSQL's type, which H2 in PostgreSQL mode
-- accepts as binary varying. Times are epoch milliseconds, as Spring Session writes them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The archive import's lease: the instance reading a RUNNING batch and until when it holds it. The instance renews
-- the lease while it reads; a batch whose lease ran out was being read by an instance that stopped, and a sweep on
-- any instance marks it FAILED with the reason STOPPED (its files are not kept, so it cannot be resumed).
alter table archive_batches add column instance varchar(80);
alter table archive_batches add column lease_until timestamp with time zone;
alter table archive_batches drop constraint archive_batches_failure;
alter table archive_batches add constraint archive_batches_failure
    check ((status = 'FAILED' and failure is not null and failure in ('BUSY', 'ERROR', 'RESTART', 'STOPPED'))
        or (status <> 'FAILED' and failure is null));
create index archive_batches_running on archive_batches (status, lease_until);
