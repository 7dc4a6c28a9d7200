-- Full-text search (Query.search): a generated tsvector per searchable table, English stemming,
-- titles and names weighted above summaries, each behind a GIN index.
alter table event add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index event_search_idx on event using gin (search);

alter table intervention add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index intervention_search_idx on intervention using gin (search);

alter table actor add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')) stored;
create index actor_search_idx on actor using gin (search);

alter table source add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', publisher), 'B')) stored;
create index source_search_idx on source using gin (search);
