-- Submitted feedback is never edited (issue 5): a correction is a new record that supersedes the old one; both are
-- kept and both stay under their signatures. A deputy's answers to one reply are numbered (version 1, 2 …); the
-- highest is the one that counts.
alter table feedbacks drop constraint feedbacks_once;
alter table feedbacks add column version int default 1 not null;
alter table feedbacks add column supersedes_id bigint references feedbacks (id);
alter table feedbacks add column correction_reason varchar(500);
alter table feedbacks add constraint feedbacks_once_per_version unique (reply_id, deputy_id, version);
alter table feedbacks add constraint feedbacks_superseded_once unique (supersedes_id);
