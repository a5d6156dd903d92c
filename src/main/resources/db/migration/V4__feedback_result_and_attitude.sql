-- 办理结果 and 办理态度 are rated separately besides the overall opinion (SH Art. 21). Nullable: forms answered
-- before this change carry only the overall opinion.
alter table feedbacks add column result_rating varchar(25);
alter table feedbacks add column attitude_rating varchar(25);
alter table feedbacks add constraint feedbacks_result_rating
    check (result_rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'));
alter table feedbacks add constraint feedbacks_attitude_rating
    check (attitude_rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'));
