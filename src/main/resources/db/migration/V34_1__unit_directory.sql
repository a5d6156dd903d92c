-- Units and deputies kept in the browser (ADR 0040). Each belongs to a congress (the only one, for installations
-- that have one; a later data scope filters by it), may be deactivated instead of deleted once it has cases, and a
-- unit's 机关代字 is unique within its congress. Deputies sit in one or more terms (届).
alter table units add column congress_id bigint references congresses (id);
alter table units add column responsibilities varchar(2000);
alter table units add column active boolean not null default true;
update units set congress_id = (select min(id) from congresses) where (select count(*) from congresses) = 1;
alter table units add constraint units_doc_code_unique unique (congress_id, doc_code);

alter table deputies add column congress_id bigint references congresses (id);
alter table deputies add column active boolean not null default true;
update deputies set congress_id = (select min(id) from congresses) where (select count(*) from congresses) = 1;

create table deputy_terms (
    deputy_id  bigint not null references deputies (id),
    term_id    bigint not null references congress_terms (id),
    primary key (deputy_id, term_id)
);
-- deputies set up before the directory sat in the latest term of their congress
insert into deputy_terms (deputy_id, term_id)
    select d.id, (select max(t.id) from congress_terms t where t.congress_id = d.congress_id
                     and t.number = (select max(number) from congress_terms where congress_id = d.congress_id))
      from deputies d
     where d.congress_id is not null and exists (select 1 from congress_terms t where t.congress_id = d.congress_id);

-- A signed reply keeps the unit's letterhead as signed: renaming the unit later does not change its past letters.
alter table replies add column unit_name varchar(100);
alter table replies add column unit_short_name varchar(40);
alter table replies add column unit_phone varchar(30);
alter table replies add column unit_postcode varchar(6);
update replies set unit_name = (select full_name from units u where u.id = replies.unit_id),
                   unit_short_name = (select short_name from units u where u.id = replies.unit_id),
                   unit_phone = (select phone from units u where u.id = replies.unit_id),
                   unit_postcode = (select postcode from units u where u.id = replies.unit_id)
 where status = 'SIGNED';
