-- The congress directory kept in the browser (ADR 0040): the congress above each congress (a district's congress
-- sits under its city's), and the years of each term (届). Terms set up before this migration have no years; the
-- directory asks for them when a term is next edited.
alter table congresses add column parent_id bigint references congresses (id);
alter table congresses add constraint congresses_parent check (parent_id is null or parent_id <> id);

alter table congress_terms add column first_year int;
alter table congress_terms add column last_year int;
alter table congress_terms add constraint congress_terms_years
    check ((first_year is null and last_year is null)
        or (first_year is not null and last_year is not null
            and first_year between 1949 and 2200 and last_year between first_year and 2200));
