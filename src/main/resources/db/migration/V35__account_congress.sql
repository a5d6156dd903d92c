-- Several congresses in one installation (ADR 0042): an office account (代表工作机构, 督查室, 系统管理员, 安全管理员,
-- 审计管理员) belongs to a congress, and with include_lower also to every congress below it (congresses.parent_id,
-- any depth). Accounts of units and deputies take their congress from the unit or the deputy and keep none here.
-- An office account without a congress works across the whole installation: the first administrator before the
-- first congress exists, or an installation that had several congresses before this migration until the security
-- administrator places its accounts.
alter table users add column congress_id bigint references congresses (id);
alter table users add column include_lower boolean not null default false;

-- an installation with one congress: its office accounts belong to it; the administrators (who keep the directory,
-- the accounts and read the log) also cover the congresses later added below it
update users
   set congress_id = (select min(id) from congresses),
       include_lower = exists (select 1 from user_roles r where r.user_id = users.id
                                  and r.role in ('ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
 where (select count(*) from congresses) = 1
   and exists (select 1 from user_roles r where r.user_id = users.id
                  and r.role in ('CLERK', 'SUPERVISOR', 'ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'));

-- units and deputies set up without a congress in an installation with one congress belong to it
update units set congress_id = (select min(id) from congresses)
 where congress_id is null and (select count(*) from congresses) = 1;
update deputies set congress_id = (select min(id) from congresses)
 where congress_id is null and (select count(*) from congresses) = 1;

create index users_congress on users (congress_id);
