-- An account holds one or more roles (ADR 0039): users.role moves to user_roles. Which roles need a unit or a deputy
-- and which may be combined is the domain's rule (RoleSet); the table keeps that a login is linked to a unit or a
-- deputy, never both.
create table user_roles (
    user_id  bigint      not null references users (id) on delete cascade,
    role     varchar(20) not null,
    primary key (user_id, role),
    constraint user_roles_role check (role in ('CLERK', 'HANDLER', 'HEAD', 'DEPUTY', 'SUPERVISOR', 'ADMIN',
                                               'SECURITY_ADMIN', 'AUDIT_ADMIN'))
);

insert into user_roles (user_id, role) select id, role from users;

create index user_roles_role on user_roles (role);

alter table users drop constraint users_unit_role;
alter table users drop constraint users_deputy_role;
alter table users drop constraint users_role;
alter table users drop column role;
alter table users add constraint users_unit_or_deputy check (unit_id is null or deputy_id is null);
