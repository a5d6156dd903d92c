-- Why an archive import batch broke off (ImportBatch.Failure, ADR 0032): BUSY (the queue was full), ERROR (the reading
-- broke off on an error) or RESTART (the application stopped while it was read; marked FAILED at the next start,
-- never left RUNNING). Batches that failed before this migration broke off on an error or a full queue; the files
-- they recorded tell which, so ERROR where any was recorded.
alter table archive_batches add column failure varchar(10);
update archive_batches set failure = case when readable + unreadable = 0 then 'BUSY' else 'ERROR' end
    where status = 'FAILED';
alter table archive_batches add constraint archive_batches_failure
    check ((status = 'FAILED' and failure is not null and failure in ('BUSY', 'ERROR', 'RESTART'))
        or (status <> 'FAILED' and failure is null));
