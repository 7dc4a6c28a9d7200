-- Database floor of the headline shape: the whole answer of bench/queries/headline.graphql (its
-- "data", the same JSON refugee-graph sends) in one statement. Run by pgbench; the fastest a
-- server could answer that needs the database to build the same JSON.
with prevented as (
    select i.*
      from intervention i
     where exists (select 1 from intervention_target t where t.intervention_id = i.id and t.outcome = 'PREVENTED')
), page as (
    select * from prevented order by date_start desc, id desc limit 50
)
select json_build_object('interventions', json_build_object(
    'totalCount', (select count(*) from prevented),
    'nodes', (select coalesce(json_agg(json_build_object(
        'title', p.title,
        'kind', p.kind,
        'date', json_build_object('text', bench.partial_date_text(p.date_start, p.date_end, p.date_precision)),
        'actor', (select json_build_object('name', a.name, 'country', (select json_build_object('code', c.alpha3)
                                                                         from country c where c.id = a.country_id))
                    from actor a where a.id = p.actor_id),
        'targets', (select coalesce(json_agg(json_build_object(
            'outcome', t.outcome,
            'peopleProtected', case when t.protected_qualifier is not null
                                    then json_build_object('best', t.protected_best, 'text', t.protected_text) end,
            'event', (select json_build_object(
                'title', e.title,
                'status', e.status,
                'location', (select json_build_object('code', c.alpha3) from country c where c.id = e.location_id),
                'destination', (select json_build_object('code', c.alpha3) from country c where c.id = e.destination_id),
                'people', (select json_build_object('best', cc.best, 'text', cc.text)
                             from count_claim cc where cc.event_id = e.id and cc.preferred),
                'citations', (select coalesce(json_agg(json_build_object('quote', ci.quote,
                                  'source', json_build_object('title', s.title, 'url', s.url)) order by ci.id), '[]')
                                from citation ci join source s on s.id = ci.source_id where ci.event_id = e.id))
                        from event e where e.id = t.event_id)
            ) order by t.id), '[]') from intervention_target t where t.intervention_id = p.id),
        'citations', (select coalesce(json_agg(json_build_object('quote', ci.quote,
                          'source', json_build_object('title', s.title)) order by ci.id), '[]')
                        from citation ci join source s on s.id = ci.source_id where ci.intervention_id = p.id)
    ) order by p.date_start desc, p.id desc), '[]') from page p)));
