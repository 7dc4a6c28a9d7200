-- Writes by editors (mutations). Nothing is ever deleted: an event, a count claim or an intervention
-- is retracted, keeping its row and the reason, and leaves every read.
--
-- Each of those tables is renamed to <name>_record and its old name becomes a view of the records
-- that stand. Every query, index, trigger and Hibernate entity keeps using the old name and so sees
-- only standing records, with no filter to forget anywhere. The views are simple (one table, plain
-- columns), so PostgreSQL inlines them into each query and lets INSERT and UPDATE write through them.
-- A later migration that adds a column to a *_record table must recreate its view (`select *` is
-- expanded when the view is created).

-- version: the optimistic lock of updates (an update names the version it saw, and adds 1).
alter table event
    add column version integer not null default 1,
    add column retracted_at timestamptz,
    add column retraction_reason text,
    add constraint event_retraction_check check ((retracted_at is null) = (retraction_reason is null));
alter table intervention
    add column version integer not null default 1,
    add column retracted_at timestamptz,
    add column retraction_reason text,
    add constraint intervention_retraction_check check ((retracted_at is null) = (retraction_reason is null));
alter table count_claim
    add column version integer not null default 1,
    add column retracted_at timestamptz,
    add column retraction_reason text,
    add constraint count_claim_retraction_check check ((retracted_at is null) = (retraction_reason is null));

-- A retracted preferred claim no longer holds the event's one preferred place.
drop index count_claim_one_preferred;
create unique index count_claim_one_preferred on count_claim (event_id) where preferred and retracted_at is null;

-- linkInterventionTarget is cited like every other fact: a citation may support a target.
alter table citation add column intervention_target_id bigint references intervention_target (id);
alter table citation drop constraint citation_check;
alter table citation add constraint citation_one_fact_check
    check (num_nonnulls(event_id, intervention_id, treaty_participation_id, intervention_target_id) = 1);
create index citation_intervention_target_idx on citation (intervention_target_id);

alter table event rename to event_record;
create view event as select * from event_record where retracted_at is null;

alter table intervention rename to intervention_record;
create view intervention as select * from intervention_record where retracted_at is null;

alter table count_claim rename to count_claim_record;
-- (claims are read only through their event, so a retracted event's claims need no filter here)
create view count_claim as select * from count_claim_record where retracted_at is null;

-- A target stands while both its intervention and its event do.
alter table intervention_target rename to intervention_target_record;
create view intervention_target as select t.* from intervention_target_record t
 where exists (select 1 from intervention i where i.id = t.intervention_id)
   and exists (select 1 from event e where e.id = t.event_id);

-- A citation stands while the fact it supports does.
alter table citation rename to citation_record;
create view citation as select c.* from citation_record c
 where (c.event_id is null or exists (select 1 from event e where e.id = c.event_id))
   and (c.intervention_id is null or exists (select 1 from intervention i where i.id = c.intervention_id))
   and (c.intervention_target_id is null or exists (select 1 from intervention_target t where t.id = c.intervention_target_id));

-- Creates may carry a client-chosen idempotency key: the same key again (same account, same
-- mutation) returns what the first request created and writes nothing. The key row is inserted in
-- the create's own transaction, so a create that fails leaves no key behind, and a concurrent retry
-- waits on the primary key until the first one commits.
create table idempotency_key (
    account     text not null,
    mutation    text not null,
    key         text not null check (length(key) between 1 and 200),
    -- global id of the node the first request created; set before its transaction commits
    result_id   text,
    created_at  timestamptz not null default now(),
    primary key (account, mutation, key)
);
