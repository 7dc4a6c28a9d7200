-- The PostGraphile side of the benchmark: one plugin-free custom query (PostGraphile v4 exposes a
-- STABLE SQL function returning setof a table as a Query field with a connection, totalCount and
-- the table's relations). It returns what refugee-graph's interventions(filter: {outcomes:
-- [PREVENTED]}) returns, in the same order (latest first). Kept in its own schema so that nothing is
-- added to the service's schema "public".
create schema if not exists postgraphile_bench;

create or replace function postgraphile_bench.prevented_interventions() returns setof public.intervention
    language sql stable
as $$
    select i.*
      from public.intervention i
     where exists (select 1 from public.intervention_target t
                    where t.intervention_id = i.id and t.outcome = 'PREVENTED')
     order by i.date_start desc, i.id desc
$$;
