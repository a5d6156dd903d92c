-- The security audit log (安全审计, ADR 0038). It replaces V1's operation log: that log repeated each case's
-- timeline (which stays where it is, the business record of the case) and held unchained login lines. The new log
-- is the system's own: append-only, each record's SM3 hash covering its content and the previous record's hash.
drop table audit_log;

create table audit_log (
    seq             bigint       primary key,
    occurred_at     timestamp with time zone not null,
    username        varchar(40),
    display_name    varchar(100),
    client_address  varchar(64),
    device_id       varchar(64),
    kind            varchar(30)  not null,
    object_type     varchar(40),
    object_id       varchar(64),
    object_label    varchar(200),
    outcome         varchar(10)  not null,
    detail          varchar(500),
    previous_hash   varchar(64)  not null,
    hash            varchar(64)  not null,
    constraint audit_log_outcome check (outcome in ('SUCCESS', 'REFUSED', 'FAILED'))
);
create index audit_log_occurred on audit_log (occurred_at);
create index audit_log_username on audit_log (username);

-- The chain's head (the last record's number and hash), locked by every insert so that records are numbered and
-- chained one after another across threads and application instances; and its base: the record number and hash the
-- first kept record chains to (zeros until the retention purge removes the oldest records).
create table audit_chain (
    id          integer      primary key,
    head_seq    bigint       not null,
    head_hash   varchar(64)  not null,
    base_seq    bigint       not null,
    base_hash   varchar(64)  not null
);
insert into audit_chain (id, head_seq, head_hash, base_seq, base_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
            0, '0000000000000000000000000000000000000000000000000000000000000000');
