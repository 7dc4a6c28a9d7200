-- V7 kept an intervention target and a citation out of reads while the facts they hang on stood, by
-- EXISTS checks inside their views. Those checks cost more than everything else: a filter on targets
-- (interventions that PREVENTED something) joined every event and intervention, and the benchmark's
-- headline query took 180 ms in the database instead of 60. Instead, a retraction now cascades: a
-- retracted event or intervention retracts its targets and citations, a retracted target its citations,
-- in the same transaction (a trigger, so a retraction made with SQL cascades too). The views become
-- plain filters on the rows' own retracted_at, like the others.
alter table intervention_target_record
    add column retracted_at timestamptz,
    add column retraction_reason text,
    add constraint intervention_target_retraction_check check ((retracted_at is null) = (retraction_reason is null));
alter table citation_record
    add column retracted_at timestamptz,
    add column retraction_reason text,
    add constraint citation_retraction_check check ((retracted_at is null) = (retraction_reason is null));

create function cascade_retraction() returns trigger language plpgsql as $$
declare
    reason text := 'Retracted with its ' || tg_argv[0] || ': ' || new.retraction_reason;
begin
    if old.retracted_at is not null or new.retracted_at is null then
        return null;
    end if;
    if tg_argv[0] = 'event' then
        update intervention_target_record set retracted_at = new.retracted_at, retraction_reason = reason
         where event_id = new.id and retracted_at is null;
        update citation_record set retracted_at = new.retracted_at, retraction_reason = reason
         where event_id = new.id and retracted_at is null;
    elsif tg_argv[0] = 'intervention' then
        update intervention_target_record set retracted_at = new.retracted_at, retraction_reason = reason
         where intervention_id = new.id and retracted_at is null;
        update citation_record set retracted_at = new.retracted_at, retraction_reason = reason
         where intervention_id = new.id and retracted_at is null;
    else
        update citation_record set retracted_at = new.retracted_at, retraction_reason = reason
         where intervention_target_id = new.id and retracted_at is null;
    end if;
    return null;
end $$;
create trigger event_retraction_cascade after update of retracted_at on event_record
    for each row execute function cascade_retraction('event');
create trigger intervention_retraction_cascade after update of retracted_at on intervention_record
    for each row execute function cascade_retraction('intervention');
create trigger intervention_target_retraction_cascade after update of retracted_at on intervention_target_record
    for each row execute function cascade_retraction('intervention target');

-- What was retracted before this migration, once (targets first: their citations follow by the trigger).
update intervention_target_record t
   set retracted_at = coalesce(e.retracted_at, i.retracted_at),
       retraction_reason = 'Retracted with its ' || case when e.retracted_at is not null then 'event' else 'intervention' end
                           || ': ' || coalesce(e.retraction_reason, i.retraction_reason)
  from event_record e, intervention_record i
 where e.id = t.event_id and i.id = t.intervention_id and t.retracted_at is null
   and (e.retracted_at is not null or i.retracted_at is not null);
update citation_record c
   set retracted_at = f.retracted_at, retraction_reason = 'Retracted with its ' || f.kind || ': ' || f.retraction_reason
  from (select id, 'event' as kind, retracted_at, retraction_reason, 'e' as col from event_record where retracted_at is not null
        union all
        select id, 'intervention', retracted_at, retraction_reason, 'i' from intervention_record where retracted_at is not null) f
 where c.retracted_at is null
   and ((f.col = 'e' and c.event_id = f.id) or (f.col = 'i' and c.intervention_id = f.id));

-- The new columns come last, as `create or replace view` requires.
create or replace view intervention_target as select * from intervention_target_record where retracted_at is null;
create or replace view citation as select * from citation_record where retracted_at is null;

analyze intervention_target_record, citation_record;
