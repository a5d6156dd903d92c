-- 重点督办: a key suggestion with its leading official (牵头领导) and supervising committee (督办单位), chosen by the
-- chairmen's meeting and recorded by the congress office. Null while the suggestion is not a key one.
alter table suggestions add column key_leader varchar(60);
alter table suggestions add column key_committee varchar(60);
alter table suggestions add column key_designated_on date;
alter table suggestions add constraint suggestions_key_complete check (
    (key_leader is null and key_committee is null and key_designated_on is null)
    or (key_leader is not null and key_committee is not null and key_designated_on is not null));
create index suggestions_key on suggestions (key_designated_on);
