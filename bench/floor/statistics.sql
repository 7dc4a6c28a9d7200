-- Database floor of the statistics shape: the whole answer of bench/queries/statistics.graphql (its
-- "data", the same JSON refugee-graph sends) in one statement, run by pgbench. The buckets come from
-- postgraphile_bench.statistics_by_year_and_destination() (bench/postgraphile/setup.sql), which
-- holds refugee-graph's bucket arithmetic once (a plain SQL function: the same one statement).
-- "with ordinality" keeps its order (year, then destination) in json_agg; it costs one pass over
-- the hundred-odd buckets, nothing against the aggregation over the events.
select json_build_object('statistics', coalesce(json_agg(json_build_object(
        'year', s.year,
        'destination', case when s.destination_code is not null then json_build_object('code', s.destination_code) end,
        'events', s.events,
        'people', json_build_object('best', s.people_best, 'low', s.people_low, 'high', s.people_high)
    ) order by s.n), '[]'))
  from postgraphile_bench.statistics_by_year_and_destination() with ordinality s(year, destination_code, events,
       people_best, people_low, people_high, n);
