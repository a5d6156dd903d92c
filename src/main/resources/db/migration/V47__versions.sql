-- No lost update on the directory (issue 22, point 2; ADR 0065, addendum): the records two administrators can edit at
-- once carry a version, as the cases and their tasks do (V5). Spring Data JDBC checks it on every save
-- (update … where id = ? and version = ?) and raises it; the edit forms carry the version they were read at. Existing
-- rows start at 0, which a loaded aggregate with an Integer version reads as saved before, not new.
alter table units add column version int default 0 not null;
alter table deputies add column version int default 0 not null;
alter table users add column version int default 0 not null;
alter table congresses add column version int default 0 not null;
alter table congress_terms add column version int default 0 not null;
alter table meetings add column version int default 0 not null;
-- A redaction rule is never edited, only retired once: of two administrators retiring it at the same moment the
-- second is refused, instead of writing its name and time over the first's.
alter table redaction_rules add column version int default 0 not null;
