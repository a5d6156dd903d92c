-- The pages' indexes at volume (issue 22, ADR 0070; plans before and after in the ADR's "Indexes" section).
-- 本单位 (a handler's or head's scope, SuggestionQueries.appendScope): exists (suggestion_units where unit_id = ?)
-- read from the unit's side; the primary key (suggestion_id, unit_id) only serves a lookup by case.
create index suggestion_units_unit on suggestion_units (unit_id, suggestion_id);
-- 本人 (a deputy's scope): the suggestions she leads and those she co-signed.
create index suggestions_lead_deputy on suggestions (lead_deputy_id);
create index suggestion_co_signers_deputy on suggestion_co_signers (deputy_id, suggestion_id);
-- The list filtered by meeting and status, in the list's order (number), and its count.
create index suggestions_meeting_status on suggestions (meeting_id, status, number);
