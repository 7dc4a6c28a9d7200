-- Database floor of the events-page shape: the whole answer of bench/queries/events-page.graphql
-- (its "data", the same JSON refugee-graph sends) in one statement, run by pgbench.
select json_build_object('events', json_build_object('nodes', coalesce(json_agg(json_build_object(
        'title', e.title,
        'date', json_build_object('text', bench.partial_date_text(e.date_start, e.date_end, e.date_precision)),
        'location', (select json_build_object('code', c.alpha3, 'name', c.name) from country c where c.id = e.location_id),
        'destination', (select json_build_object('code', c.alpha3, 'name', c.name) from country c where c.id = e.destination_id),
        'people', (select json_build_object('best', cc.best, 'low', cc.low, 'high', cc.high, 'text', cc.text)
                     from count_claim cc where cc.event_id = e.id and cc.preferred)
    ) order by coalesce(e.people_best, -1) desc, e.id desc), '[]')))
  from (select * from event
         where kind = 'DEPORTATION' and date_end >= date '2010-01-01'
         order by coalesce(people_best, -1) desc, id desc
         limit 50) e;
