-- The case list at volume (issue 22, ADR 0071). The list shows the newest meeting first, then by number: the order
-- was m.opened_on desc, s.meeting_id desc, s.number over the join with meetings, which no index of suggestions can
-- give, so PostgreSQL sorted every matching case before the page's limit. The case now carries its meeting's opening
-- day (written with the case, moved with the meeting's day by CongressDirectory.save), and the list orders by
-- s.meeting_opened_on desc, s.meeting_id desc, s.number: the same order, read along an index that stops after a page.
alter table suggestions add column meeting_opened_on date;
update suggestions set meeting_opened_on = (select m.opened_on from meetings m where m.id = suggestions.meeting_id);
alter table suggestions alter column meeting_opened_on set not null;
-- Every case of the scope in the list's order (本人大), the id last so that a page's ids come from the index alone;
-- one status over all meetings in the list's order (one meeting and a status: suggestions_meeting_status of V44;
-- without the id, which made this index cheaper to scan whole for one meeting than V44's to read in part).
create index suggestions_list_order on suggestions (meeting_opened_on desc, meeting_id desc, number, id);
create index suggestions_status_list_order on suggestions (status, meeting_opened_on desc, meeting_id desc, number);
-- A unit's capped count (本单位, the unit filter) reads the unit's rows of suggestion_units and checks each case's
-- meeting (the office's scope) and status: by id, from this index alone rather than from the table's rows.
create index suggestions_scope_lookup on suggestions (id, meeting_id, status);

-- 本单位 and the unit filter: each unit's cases in the list's order. A copy of suggestion_units with the case's order
-- key, rewritten after every save of a case in its transaction (UnitCaseList, as Spring Data JDBC rewrites
-- suggestion_units itself); a unit's page reads its own rows along the index, not every case probing for the unit.
create table suggestion_unit_list (
    suggestion_id      bigint not null references suggestions (id),
    unit_id            bigint not null,
    meeting_opened_on  date   not null,
    meeting_id         bigint not null,
    number             int    not null,
    primary key (suggestion_id, unit_id)
);
insert into suggestion_unit_list (suggestion_id, unit_id, meeting_opened_on, meeting_id, number)
    select s.id, su.unit_id, s.meeting_opened_on, s.meeting_id, s.number
      from suggestion_units su join suggestions s on s.id = su.suggestion_id;
create index suggestion_unit_list_order
    on suggestion_unit_list (unit_id, meeting_opened_on desc, meeting_id desc, number, suggestion_id);
