-- Pages of one kind of event ordered by people (e.g. the largest deportations) walk this index
-- instead of skipping the other kinds along event_people_idx (seen in the benchmark's EXPLAIN).
create index event_kind_people_idx on event (kind, (coalesce(people_best, -1)), id);
