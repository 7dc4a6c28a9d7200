-- History: every insert and update of a recorded fact, with who made it, when, and the row before and
-- after. Triggers on the base tables fill it, so a change is recorded whoever makes it: a mutation (the
-- editor's account name, set for its transaction by graph/Writes) or anyone with SQL access ('database').
-- Nothing is deleted through the API (a retraction is an update), so deletes are not recorded.
-- The rows of V3 (cited data set) were loaded before this table existed: they have no history.
create table change (
    id          bigint generated always as identity primary key,
    -- The writing transaction (pg_current_xact_id, 64 bits: never wraps). Query.changes lists a change
    -- only once every transaction that began writing before it has ended, and orders by (tx, id): a
    -- client that keeps its cursor never skips a change that commits late.
    tx          bigint not null default pg_current_xact_id()::text::bigint,
    entity      text   not null check (entity in ('Event', 'Intervention', 'CountClaim', 'InterventionTarget',
                                                  'Source', 'Actor', 'Citation')),
    entity_id   bigint not null,
    action      text   not null check (action in ('CREATED', 'UPDATED', 'RETRACTED')),
    editor      text   not null,
    -- the moment of the statement, not of its transaction's start
    changed_at  timestamptz not null default clock_timestamp(),
    -- the row as to_jsonb gives it, without derived columns (search, people_best); null when CREATED
    before      jsonb,
    after       jsonb  not null
);
create index change_entity_idx on change (entity, entity_id, id);
create index change_changed_at_idx on change (changed_at, id);
create index change_feed_idx on change (tx, id);

-- Derived columns are left out of the record: `search` (the tsvector of V4) and `people_best` (kept
-- from the preferred claim by the trigger of V1; the claim's own change is recorded as CountClaim).
-- An update that changes nothing else (that trigger's, or a no-op) is not recorded at all, so an
-- event's history holds only what an editor changed on the event itself.
create function record_change() returns trigger language plpgsql as $$
declare
    before_row jsonb;
    after_row  jsonb := to_jsonb(new) - 'search' - 'people_best';
    action     text  := 'CREATED';
begin
    if tg_op = 'UPDATE' then
        before_row := to_jsonb(old) - 'search' - 'people_best';
        if before_row = after_row then
            return null;
        end if;
        action := case when before_row ->> 'retracted_at' is null and after_row ->> 'retracted_at' is not null
                       then 'RETRACTED' else 'UPDATED' end;
    end if;
    -- A setting made with set_config(..., true) reads as '' in later transactions of the same session.
    insert into change (entity, entity_id, action, editor, before, after)
    values (tg_argv[0], new.id, action,
            coalesce(nullif(current_setting('refugee_graph.editor', true), ''), 'database'), before_row, after_row);
    return null;
end $$;

create trigger event_record_change after insert or update on event_record
    for each row execute function record_change('Event');
create trigger intervention_record_change after insert or update on intervention_record
    for each row execute function record_change('Intervention');
create trigger count_claim_record_change after insert or update on count_claim_record
    for each row execute function record_change('CountClaim');
create trigger intervention_target_record_change after insert or update on intervention_target_record
    for each row execute function record_change('InterventionTarget');
create trigger citation_record_change after insert or update on citation_record
    for each row execute function record_change('Citation');
create trigger source_change after insert or update on source
    for each row execute function record_change('Source');
create trigger actor_change after insert or update on actor
    for each row execute function record_change('Actor');
