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

-- The events-page shape: 50 deportations since 2010 (date range ending on or after 2010-01-01, as
-- refugee-graph's filter {from: "2010-01-01"}), most people first: the order of refugee-graph's
-- orderBy {field: PEOPLE, direction: DESC} (no count last, ties by id, descending).
create or replace function postgraphile_bench.deportations_since_2010() returns setof public.event
    language sql stable
as $$
    select e.*
      from public.event e
     where e.kind = 'DEPORTATION' and e.date_end >= date '2010-01-01'
     order by coalesce(e.people_best, -1) desc, e.id desc
$$;

-- The statistics shape: refugee-graph's statistics(groupBy: [YEAR, DESTINATION], filter: {kinds:
-- [DEPORTATION]}) with the same numbers (StatisticsApi): events that are part of a larger one are
-- left out; best and low are sums over the preferred claims (low falling back to best); high is the
-- sum of upper bounds, null as soon as one event has none (no claim, or only "at least"), and all
-- three are null when no event of the bucket has a number. PostGraphile exposes a function returning
-- a table as a connection of records, so the destination comes as its code.
create or replace function postgraphile_bench.statistics_by_year_and_destination()
    returns table (year int, destination_code text, events int, people_best int, people_low int, people_high int)
    language sql stable
as $$
    select b.year, d.alpha3, b.events::int, b.best::int, b.low::int,
           (case when b.unbounded = 0 and (b.best is not null or b.low is not null) then b.high end)::int
      from (select extract(year from e.date_start)::int as year, e.destination_id, count(*) as events,
                   sum(c.best) as best, sum(coalesce(c.low, c.best)) as low, sum(u.upper) as high,
                   count(*) filter (where c.id is null or u.upper is null) as unbounded
              from public.event e
              left join public.count_claim c on c.event_id = e.id and c.preferred
              cross join lateral (select case when c.qualifier = 'AT_LEAST' then c.high
                                              else coalesce(c.high, c.best) end as upper) u
             where e.kind = 'DEPORTATION' and e.part_of_id is null
             group by 1, 2) b
      left join public.country d on d.id = b.destination_id
     order by b.year nulls last, b.destination_id nulls last
$$;
