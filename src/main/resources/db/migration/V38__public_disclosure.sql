-- Issue 20: what a public copy shows beyond the reply, per version of a congress's rules (公开范围): the suggestion's
-- full text or a summary the office writes, and whether the deputy's rating (满意度) is published.
alter table rule_sets add column public_suggestion_text varchar(20) default 'FULL_TEXT' not null;
alter table rule_sets add column public_satisfaction boolean default false not null;
alter table rule_sets add constraint rule_sets_public_suggestion_text
    check (public_suggestion_text in ('FULL_TEXT', 'SUMMARY'));

-- the office's summary of the suggestion, written while preparing the public copy (only published where the rules
-- say summary)
alter table publications add column summary varchar(2000);

-- the public copy: whether its suggestion text is the full text or the summary, and the deputy's rating of the reply
-- as it stands (kept current by the feedback; shown only where the rules publish it)
alter table published_copies add column suggestion_text_kind varchar(20) default 'FULL_TEXT' not null;
alter table published_copies add column satisfaction varchar(30);
alter table published_copies add constraint published_copies_text_kind
    check (suggestion_text_kind in ('FULL_TEXT', 'SUMMARY'));
alter table published_copies add constraint published_copies_satisfaction
    check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'));
