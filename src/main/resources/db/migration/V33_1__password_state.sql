-- Password state (ADR 0039): when the password was set (it expires after jianyi.security.password.max-age), whether
-- it must be changed at the next login (a first administrator, a password reset by the security administrator), the
-- last login, and the hashes of the latest passwords (never the passwords), so that none is used again.
alter table users add column password_changed_at timestamp with time zone default current_timestamp not null;
alter table users add column must_change_password boolean default false not null;
alter table users add column last_login_at timestamp with time zone;

create table password_history (
    user_id        bigint       not null references users (id) on delete cascade,
    password_hash  varchar(100) not null,
    changed_at     timestamp with time zone not null
);

create index password_history_user on password_history (user_id);

insert into password_history (user_id, password_hash, changed_at) select id, password_hash, password_changed_at from users;
