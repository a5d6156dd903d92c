-- 重新办理: the office sets the re-handling deadline within these bounds (ADR 0047); the rule (rehandling_*) is the
-- default date. Existing versions get the rule itself as both bounds, which is the behaviour they had: one month.
alter table rule_sets add column rehandling_min_amount int not null default 1;
alter table rule_sets add column rehandling_min_unit varchar(10) not null default 'MONTHS';
alter table rule_sets add column rehandling_max_amount int not null default 1;
alter table rule_sets add column rehandling_max_unit varchar(10) not null default 'MONTHS';
update rule_sets set rehandling_min_amount = rehandling_amount, rehandling_min_unit = rehandling_unit,
                     rehandling_max_amount = rehandling_amount, rehandling_max_unit = rehandling_unit;
alter table rule_sets add constraint rule_sets_rehandling_min_amount check (rehandling_min_amount between 1 and 10000);
alter table rule_sets add constraint rule_sets_rehandling_max_amount check (rehandling_max_amount between 1 and 10000);
alter table rule_sets add constraint rule_sets_rehandling_bounds_units
    check (rehandling_min_unit in ('DAYS', 'WORKDAYS', 'MONTHS') and rehandling_max_unit in ('DAYS', 'WORKDAYS', 'MONTHS'));
