-- Statistics for the columns V7 added. ALTER TABLE ... ADD COLUMN leaves them without any, and then the
-- planner guesses that `retracted_at is null` (the filter of every view of standing records) keeps 0.5 %
-- of the rows: on the benchmark's 100,000 events it gave up the (kind, people) index for a sequential
-- scan and a sort, and the events page took 65 ms in the database instead of 7 ms. Autovacuum would
-- analyze the tables only after enough rows change, so the migration does it once itself.
analyze event_record, intervention_record, count_claim_record, intervention_target_record, citation_record;
