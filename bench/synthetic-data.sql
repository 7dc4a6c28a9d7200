-- Synthetic data set for the benchmark (bench/README.md): adds events, count claims, citations,
-- sources, actors, interventions and their targets on top of whatever is in the database (the cited
-- data set, or an earlier synthetic load). Set-based: generate_series and joins, no row-by-row loop.
--
-- Parameters are the only three psql variables used, so that a Java caller can run the same file by
-- replacing the tokens with numbers:
--     psql -v events=100000 -v interventions=20000 -v claims=200000 -f bench/synthetic-data.sql
-- There is no other psql meta-command. Quotes and dollar-quotes contain no parameter (psql does not
-- substitute there).
--
-- What it makes (frequencies are chosen to look like the cited data, only much more of it):
--   * 300 sources (publisher ends in "(synthetic)"), 300 intervening actors (missions, NGOs, UN bodies,
--     legislatures, ...) and about 20 government agencies of the countries where returns happen;
--   * events: 40 % deportations, 20 % detentions, 20 % arrests, 8 % resettlements, 7 % defections,
--     5 % border measures; dated 2000-2025 (more in later years) with day/month/quarter/year precision;
--     located mostly in CHN, then VNM, LAO, THA, RUS, MNG; deported mostly to PRK (or CHN);
--     perpetrated by a government actor of the location country;
--   * exactly `claims` count claims over the events (0-4 per event, none for border measures): the
--     first claim of an event is its preferred one, about 30 % of the others are disputed; every
--     claim cites its own citation of the same event, whose source is one of the 300 sources;
--     events without claims get one citation of their own;
--   * `interventions` interventions by the 300 actors, with 1-3 targets each (deportations,
--     detentions, arrests); outcomes about 10 % PREVENTED (with people protected; the event becomes
--     AVERTED), 12 % DELAYED, 43 % FAILED, 35 % UNKNOWN; one or two citations each.
-- Ids continue after max(id) of each table and identities are moved past them, so the file can run
-- twice (for the tables that V7 turned into views of standing records, that of the *_record table). The trigger that keeps event.people_best is disabled for the load and people_best is set in
-- one update; all in one transaction. Each load is recorded in bench.synthetic_load.
-- The history triggers (V8, function record_change) are disabled for the load too: it is no editor's
-- work, and recording it made a 100,000-event load 1.6 to 3 times slower on a shared 2-core machine (38-44 s
-- without, 61-102 s with) and wrote 355 MB of history.

begin;

do $$
declare
    t record;
begin
    for t in select tgrelid::regclass as tab, tgname from pg_trigger where tgfoid = to_regproc('record_change') loop
        execute format('alter table %s disable trigger %I', t.tab, t.tgname);
    end loop;
end $$;

select setseed(0.190821);

create temp table bench_size on commit drop as
select greatest(0, (:events)::bigint) as events,
       greatest(0, (:interventions)::bigint) as interventions,
       greatest(0, (:claims)::bigint) as claims;

-- ------------------------------------------------------------------ government agencies (perpetrators)
insert into actor (name, kind, country_id)
select v.name, 'GOVERNMENT', c.id
  from (values
    ('Public Security Bureau of Liaoning Province', 'CHN'), ('Public Security Bureau of Jilin Province', 'CHN'),
    ('Public Security Bureau of Heilongjiang Province', 'CHN'), ('Public Security Bureau of Yunnan Province', 'CHN'),
    ('Public Security Department of Guangxi', 'CHN'), ('Public Security Department of Inner Mongolia', 'CHN'),
    ('Public Security Bureau of Shandong Province', 'CHN'), ('Dandong Border Defense Detachment', 'CHN'),
    ('Quang Ninh Provincial Police', 'VNM'), ('Lang Son Provincial Police', 'VNM'), ('Ha Giang Border Guard', 'VNM'),
    ('Lao Immigration Police', 'LAO'), ('Luang Namtha Provincial Police', 'LAO'),
    ('Thai Immigration Bureau', 'THA'), ('Chiang Rai Provincial Police', 'THA'),
    ('FSB Border Service, Primorsky Krai', 'RUS'), ('Migration Directorate, Vladivostok', 'RUS'),
    ('General Authority for Border Protection of Mongolia', 'MNG'),
    ('General Department of Immigration of Cambodia', 'KHM'), ('Ministry of State Security of North Korea', 'PRK')
  ) as v(name, alpha3)
  join country c on c.alpha3 = v.alpha3
 where not exists (select 1 from actor a where a.name = v.name and a.kind = 'GOVERNMENT');

-- ------------------------------------------------------------------ id bases (explicit ids from here on)
create temp table bench_base on commit drop as
select (select coalesce(max(id), 0) from source) as source_id,
       (select coalesce(max(id), 0) from actor) as actor_id,
       (select coalesce(max(id), 0) from event_record) as event_id,
       (select coalesce(max(id), 0) from citation_record) as citation_id,
       (select coalesce(max(id), 0) from count_claim_record) as claim_id,
       (select coalesce(max(id), 0) from intervention_record) as intervention_id,
       (select coalesce(max(id), 0) from intervention_target_record) as target_id;

-- ------------------------------------------------------------------ sources (300)
insert into source (id, title, publisher, authors, url, published_on)
select b.source_id + g,
       format('%s on North Koreans forcibly returned from %s, %s (no. %s)',
              (array['Field report', 'Briefing', 'Monitoring report', 'Testimony collection', 'Annual report',
                     'Press release', 'Investigative article', 'Policy brief'])[1 + g % 8],
              (array['China', 'Vietnam', 'Laos', 'Thailand', 'Russia', 'Mongolia'])[1 + g % 6],
              2000 + g % 26, g),
       (array['Daily NK', 'Radio Free Asia', 'Human Rights Watch', 'NK Watch', 'Transitional Justice Working Group',
              'Citizens'' Alliance for North Korean Human Rights', 'Korea Institute for National Unification',
              'Database Center for North Korean Human Rights', 'Yonhap News Agency', 'The Diplomat',
              'Amnesty International', 'NK News'])[1 + (g * 7) % 12] || ' (synthetic)',
       case when g % 3 = 0 then array['Reporter ' || g] else '{}'::text[] end,
       case when g % 5 <> 0 then format('https://example.org/synthetic/reports/%s', g) end,
       case when g % 4 <> 0 then make_date(2000 + g % 26, 1 + g % 12, 1 + g % 28) end
  from bench_base b, generate_series(1, 300) g;

-- ------------------------------------------------------------------ intervening actors (300)
insert into actor (id, name, kind, country_id)
select b.actor_id + x.g,
       case x.kind
           when 'DIPLOMATIC_MISSION' then format('Embassy of %s in %s (%s)', c.name,
                (array['Beijing', 'Hanoi', 'Vientiane', 'Bangkok', 'Moscow', 'Ulaanbaatar', 'Phnom Penh'])[1 + x.g % 7], x.g)
           when 'NGO' then format('%s for North Korean Refugees %s',
                (array['Committee', 'Alliance', 'Network', 'Foundation', 'Coalition'])[1 + x.g % 5], x.g)
           when 'INTERGOVERNMENTAL' then format('UN %s %s',
                (array['Special Procedures working group', 'Treaty body', 'Regional office', 'Refugee agency office'])[1 + x.g % 4], x.g)
           when 'LEGISLATURE' then format('Parliamentary group on North Korea %s (%s)', x.g, c.name)
           when 'GOVERNMENT' then format('Ministry of Foreign Affairs of %s, desk %s', c.name, x.g)
           when 'RESEARCH' then format('Institute for Korean Peninsula Studies %s', x.g)
           else format('Investigative desk %s', x.g)
       end,
       x.kind,
       case when x.kind <> 'INTERGOVERNMENTAL' then c.id end
  from (select g,
               (array['DIPLOMATIC_MISSION', 'NGO', 'NGO', 'INTERGOVERNMENTAL', 'LEGISLATURE', 'GOVERNMENT',
                      'RESEARCH', 'MEDIA', 'NGO', 'DIPLOMATIC_MISSION'])[1 + g % 10] as kind,
               (array['USA', 'KOR', 'JPN', 'DEU', 'GBR', 'FRA', 'CAN', 'AUS', 'SWE', 'CHE', 'NLD', 'ITA', 'NOR',
                      'CZE', 'POL'])[1 + (g * 7) % 15] as alpha3
          from generate_series(1, 300) g) x
  join country c on c.alpha3 = x.alpha3
  cross join bench_base b;

-- perpetrators: government actors of the countries where events happen, numbered per country
create temp table bench_gov on commit drop as
select c.alpha3, a.id as actor_id, row_number() over (partition by c.alpha3 order by a.id) - 1 as rn,
       count(*) over (partition by c.alpha3) as n
  from actor a join country c on c.id = a.country_id
 where a.kind = 'GOVERNMENT' and c.alpha3 in ('CHN', 'VNM', 'LAO', 'THA', 'RUS', 'MNG', 'KHM', 'PRK')
   and a.id <= (select actor_id from bench_base);

-- places named in titles, by country
create temp table bench_place on commit drop as
select alpha3, place, row_number() over (partition by alpha3 order by ord) - 1 as rn, count(*) over (partition by alpha3) as n
  from (values
    ('CHN', 'Dandong', 1), ('CHN', 'Tumen', 2), ('CHN', 'Yanji', 3), ('CHN', 'Shenyang', 4), ('CHN', 'Kunming', 5),
    ('CHN', 'Nanning', 6), ('CHN', 'Changbai', 7), ('CHN', 'Hunchun', 8), ('CHN', 'Qingdao', 9), ('CHN', 'Beijing', 10),
    ('VNM', 'Mong Cai', 1), ('VNM', 'Lang Son', 2), ('VNM', 'Hanoi', 3), ('VNM', 'Ha Giang', 4),
    ('LAO', 'Vientiane', 1), ('LAO', 'Luang Namtha', 2), ('LAO', 'Bokeo', 3),
    ('THA', 'Chiang Rai', 1), ('THA', 'Bangkok', 2), ('THA', 'Chiang Saen', 3),
    ('RUS', 'Vladivostok', 1), ('RUS', 'Khasan', 2), ('RUS', 'Khabarovsk', 3),
    ('MNG', 'Ulaanbaatar', 1), ('MNG', 'Zamyn-Uud', 2),
    ('KHM', 'Phnom Penh', 1), ('MMR', 'Tachileik', 1),
    ('PRK', 'Sinuiju', 1), ('PRK', 'Hyesan', 2), ('PRK', 'Musan', 3), ('PRK', 'Onsong', 4),
    ('KOR', 'Seoul', 1), ('KOR', 'Anseong', 2), ('KOR', 'Busan', 3),
    ('USA', 'Los Angeles', 1), ('GBR', 'New Malden', 1), ('CAN', 'Toronto', 1)
  ) as p(alpha3, place, ord);

-- ------------------------------------------------------------------ events
create temp table bench_ev on commit drop as
select g, b.event_id + g as id, kind, r2, r3, r5, r6, r7, r8, r9, r10,
       -- 2000-01-01 .. 2025-12-31, twice as many per day at the end as at the start
       (date '2000-01-01' + floor((sqrt(1 + 3 * r4) - 1) * 9496)::int) as d
  from (select g, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
               random() as r7, random() as r8, random() as r9, random() as r10,
               case when r < 0.40 then 'DEPORTATION' when r < 0.60 then 'DETENTION' when r < 0.80 then 'ARREST'
                    when r < 0.88 then 'RESETTLEMENT' when r < 0.95 then 'DEFECTION' else 'BORDER_MEASURE' end as kind
          from (select g, random() as r from generate_series(1, (select events from bench_size)) g) s) x
 cross join bench_base b;

alter table bench_ev add column status text, add column prec text, add column loc text, add column dest text,
    add column n integer, add column k integer, add column off bigint, add column date_start date, add column date_end date;

update bench_ev set
    status = case when kind = 'DEPORTATION' then
                      case when r2 < 0.75 then 'CARRIED_OUT' when r2 < 0.84 then 'PLANNED' when r2 < 0.92 then 'UNKNOWN' else 'AVERTED' end
                  else case when r2 < 0.88 then 'CARRIED_OUT' when r2 < 0.96 then 'UNKNOWN' else 'PLANNED' end end,
    prec = case when kind = 'RESETTLEMENT' then case when r3 < 0.6 then 'YEAR' else 'QUARTER' end
                when r3 < 0.40 then 'DAY' when r3 < 0.75 then 'MONTH' when r3 < 0.83 then 'QUARTER' else 'YEAR' end,
    loc = case kind
              when 'RESETTLEMENT' then case when r5 < 0.94 then 'KOR' when r5 < 0.97 then 'USA' when r5 < 0.99 then 'GBR' else 'CAN' end
              when 'BORDER_MEASURE' then case when r5 < 0.5 then 'PRK' else 'CHN' end
              when 'DEFECTION' then case when r5 < 0.3 then 'PRK' when r5 < 0.8 then 'CHN' when r5 < 0.9 then 'RUS' else 'MNG' end
              else case when r5 < 0.55 then 'CHN' when r5 < 0.66 then 'VNM' when r5 < 0.75 then 'LAO' when r5 < 0.84 then 'THA'
                        when r5 < 0.92 then 'RUS' when r5 < 0.97 then 'MNG' when r5 < 0.99 then 'KHM' else 'MMR' end
          end,
    n = case kind
            when 'BORDER_MEASURE' then null
            when 'DEPORTATION' then greatest(1, floor(exp(r8 * ln(300))))
            when 'DETENTION' then greatest(1, floor(exp(r8 * ln(2000))))
            when 'ARREST' then greatest(1, floor(exp(r8 * ln(50))))
            when 'RESETTLEMENT' then greatest(10, floor(exp(r8 * ln(3000))))
            else greatest(1, floor(exp(r8 * ln(30))))
        end;

update bench_ev set
    dest = case kind
               when 'DEPORTATION' then case when r6 < 0.85 or loc = 'CHN' and r6 < 0.95 then 'PRK' when r6 < 0.95 then 'CHN' end
               when 'RESETTLEMENT' then loc
               when 'DEFECTION' then case when r6 < 0.7 then 'KOR' end
               when 'BORDER_MEASURE' then null
               else case when r6 < 0.30 then 'PRK' when r6 < 0.40 and loc <> 'CHN' then 'CHN' end
           end,
    date_start = case prec when 'DAY' then d else date_trunc(lower(prec), d::timestamp)::date end,
    date_end = case prec when 'DAY' then d
                         else (date_trunc(lower(prec), d::timestamp) + case prec when 'MONTH' then interval '1 month'
                                                                      when 'QUARTER' then interval '3 months'
                                                                      else interval '1 year' end - interval '1 day')::date end,
    -- claims per event: uniform on 0..2m (m = claims per event), none for border measures; corrected below
    k = case when kind = 'BORDER_MEASURE' then 0
             else least(4, floor(r9 * (2 * (select least(4.0, s.claims::numeric / greatest(1, (select count(*) from bench_ev where kind <> 'BORDER_MEASURE'))) from bench_size s) + 1)))::int end;

-- make the number of claims exact: add one to (or take one from) randomly chosen events
update bench_ev set k = k + 1
 where g in (select g from bench_ev where k < 4 and kind <> 'BORDER_MEASURE' order by random()
              limit greatest(0, (select claims from bench_size) - (select coalesce(sum(k), 0) from bench_ev)));
update bench_ev set k = k - 1
 where g in (select g from bench_ev where k > 0 order by random()
              limit greatest(0, (select coalesce(sum(k), 0) from bench_ev) - (select claims from bench_size)));
update bench_ev e set off = o.off from (select g, sum(k) over (order by g) - k as off from bench_ev) o where o.g = e.g;

insert into event (id, kind, status, title, summary, date_start, date_end, date_precision,
                   location_id, origin_id, destination_id, perpetrator_id, part_of_id)
select e.id, e.kind, e.status,
       case e.kind
           when 'DEPORTATION' then format('%s %s North Koreans from %s%s', l.name,
                (array['deports', 'forcibly returns', 'repatriates', 'hands over'])[1 + e.g % 4], p.place,
                case when d.name is not null then ' to ' || d.name else '' end)
           when 'DETENTION' then format('%s holds North Koreans in detention in %s', l.name, p.place)
           when 'ARREST' then format('Police in %s, %s, arrest North Koreans', p.place, l.name)
           when 'RESETTLEMENT' then format('North Koreans arrive for resettlement in %s (%s)', l.name, p.place)
           when 'DEFECTION' then format('North Koreans flee across the border near %s, %s', p.place, l.name)
           else format('%s tightens border controls near %s', l.name, p.place)
       end,
       case when e.r10 < 0.6 then format('Reported %s in %s: %s. Numbers vary between sources.',
                to_char(e.date_start, 'FMMonth YYYY'), p.place, lower(replace(e.kind, '_', ' '))) end,
       e.date_start, e.date_end, e.prec,
       l.id,
       case when e.kind <> 'BORDER_MEASURE' and e.r10 < 0.95 then (select id from country where alpha3 = 'PRK') end,
       d.id,
       case when e.kind in ('DEPORTATION', 'DETENTION', 'ARREST', 'BORDER_MEASURE') and e.r7 < 0.92 then gv.actor_id end,
       null
  from bench_ev e
  join country l on l.alpha3 = e.loc
  left join country d on d.alpha3 = e.dest
  left join bench_place p on p.alpha3 = e.loc and p.rn = e.g % p.n
  left join bench_gov gv on gv.alpha3 = e.loc and gv.rn = floor(e.r7 / 0.92 * gv.n)::int
 order by e.id;

-- ------------------------------------------------------------------ count claims and their citations
create temp table bench_cl on commit drop as
select e.id as event_id, e.kind, e.loc, e.n, e.date_start, j, e.off + j as c,
       random() as rq, random() as rv, random() as rd, random() as rs, random() as rw
  from bench_ev e cross join lateral generate_series(1, e.k) j
 where e.k > 0;

alter table bench_cl add column v integer, add column qualifier text, add column best integer,
    add column low integer, add column high integer, add column text text;

update bench_cl set
    v = case when j = 1 then n else greatest(1, round(n * (0.7 + 0.6 * rv))) end,
    qualifier = case when rq < 0.38 then 'EXACT' when rq < 0.68 then 'APPROXIMATE' when rq < 0.83 then 'AT_LEAST'
                     when rq < 0.88 then 'AT_MOST' when rq < 0.98 then 'RANGE' else 'VAGUE' end;

update bench_cl set
    best = case when qualifier <> 'VAGUE' then v end,
    low = case qualifier when 'EXACT' then v when 'AT_LEAST' then v when 'RANGE' then floor(v * 0.8) end,
    high = case qualifier when 'EXACT' then v when 'AT_MOST' then v when 'RANGE' then ceil(v * 1.25) end,
    text = case qualifier
               when 'EXACT' then case when v <= 10 then (array['one', 'two', 'three', 'four', 'five', 'six', 'seven',
                                     'eight', 'nine', 'ten'])[v] else to_char(v, 'FM999,999,999') end
               when 'APPROXIMATE' then (array['about', 'roughly', 'around', 'some', 'an estimated'])[1 + floor(rw * 5)::int]
                                       || ' ' || to_char(v, 'FM999,999,999')
               when 'AT_LEAST' then (array['more than', 'at least', 'over'])[1 + floor(rw * 3)::int] || ' ' || to_char(v, 'FM999,999,999')
               when 'AT_MOST' then (array['up to', 'as many as', 'no more than'])[1 + floor(rw * 3)::int] || ' ' || to_char(v, 'FM999,999,999')
               when 'RANGE' then format('between %s and %s', to_char(floor(v * 0.8), 'FM999,999,999'), to_char(ceil(v * 1.25), 'FM999,999,999'))
               else (array['dozens of', 'several', 'a number of', 'scores of'])[1 + floor(rw * 4)::int]
           end;

insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id)
select b.citation_id + c.c,
       b.source_id + 1 + floor(c.rs * 300)::int,
       case when c.rw < 0.8 then format('%s North Koreans were %s in %s in %s, the report says.', upper(left(c.text, 1)) || substr(c.text, 2),
            case c.kind when 'DEPORTATION' then 'sent back' when 'DETENTION' then 'held' when 'ARREST' then 'arrested'
                        when 'RESETTLEMENT' then 'resettled' else 'reported' end,
            l.name, to_char(c.date_start, 'FMMonth YYYY')) end,
       case when c.rd < 0.5 then 'p. ' || (1 + floor(c.rv * 120)::int) end,
       c.event_id, null, null
  from bench_cl c cross join bench_base b join country l on l.alpha3 = c.loc
 order by c.c;

alter table count_claim_record disable trigger count_claim_people_best;

insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note)
select b.claim_id + c.c, c.event_id, b.citation_id + c.c, c.best, c.low, c.high,
       case when c.qualifier = 'VAGUE' then 'APPROXIMATE' else c.qualifier end, c.text,
       c.j = 1, c.j > 1 and c.rd < 0.3,
       case when c.j > 1 and c.rd < 0.3 then 'Disputed: the other sources and the dates do not support this figure.'
            when c.j > 1 and c.rd < 0.6 then 'Corroborating figure from another source.'
            when c.j = 1 and c.rd < 0.2 then 'Preferred: the most specific figure.' end
  from bench_cl c cross join bench_base b
 order by c.c;

update event e set people_best = c.best
  from count_claim c, bench_base b
 where c.event_id = e.id and c.preferred and c.id > b.claim_id;

alter table count_claim_record enable trigger count_claim_people_best;

select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
select setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor));
select setval(pg_get_serial_sequence('event_record', 'id'), (select max(id) from event_record));
select setval(pg_get_serial_sequence('citation_record', 'id'), (select max(id) from citation_record));
select setval(pg_get_serial_sequence('count_claim_record', 'id'), (select max(id) from count_claim_record));

-- events without claims are cited too
insert into citation (source_id, quote, locator, event_id)
select b.source_id + 1 + floor(e.r9 * 300)::int,
       case when e.r10 < 0.7 then format('The report describes the %s in %s.', lower(replace(e.kind, '_', ' ')),
            to_char(e.date_start, 'FMMonth YYYY')) end,
       null, e.id
  from bench_ev e cross join bench_base b
 where e.k = 0
 order by e.id;

-- ------------------------------------------------------------------ interventions and their targets
create temp table bench_tev on commit drop as
select row_number() over (order by e.id) - 1 as rn, e.id as event_id, e.n, e.date_start, e.loc
  from bench_ev e
 where e.kind in ('DEPORTATION', 'DETENTION', 'ARREST');

create temp table bench_iv on commit drop as
select g, b.intervention_id + g as id,
       case when r < 0.5 then 1 when r < 0.8 then 2 else 3 end as k,
       random() as ra, random() as rk, random() as rt, random() as rd, random() as rp
  from (select g, random() as r from generate_series(1, (select interventions from bench_size)) g) x
 cross join bench_base b
 where (select count(*) from bench_tev) > 0;

create temp table bench_it on commit drop as
select i.g, i.id as intervention_id, j, t.event_id, t.n, t.date_start, t.loc, random() as ro, random() as rq
  from bench_iv i
 cross join lateral generate_series(1, i.k) j
 cross join (select count(*) as cnt from bench_tev) tc
  join bench_tev t on t.rn = (floor(i.rt * tc.cnt)::bigint + (j - 1) * (tc.cnt / 3 + 1)) % tc.cnt;

insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id)
select i.id, x.kind,
       format('%s %s', a.name,
              case x.kind when 'DIPLOMATIC_PROTEST' then 'protests the planned return of North Koreans held in '
                          when 'PUBLIC_STATEMENT' then 'calls for the release of North Koreans held in '
                          when 'ADVOCACY' then 'campaigns against forced returns from '
                          when 'UN_ACTION' then 'raises forced returns of North Koreans with '
                          when 'LEGISLATIVE_ACTION' then 'adopts a resolution on forced returns from '
                          when 'LEGAL_ACTION' then 'files an appeal against the deportation of North Koreans from '
                          else 'helps North Koreans at risk of return in ' end || c.name),
       case when i.rp < 0.5 then format('%s acted after reports of North Koreans detained in %s in %s.', a.name, c.name,
                                        to_char(t.date_start, 'FMMonth YYYY')) end,
       x.ds,
       case x.prec when 'DAY' then x.ds when 'MONTH' then (x.ds + interval '1 month - 1 day')::date
                   else (x.ds + interval '1 year - 1 day')::date end,
       x.prec,
       a.id
  from bench_iv i
  join bench_it t on t.intervention_id = i.id and t.j = 1
  join country c on c.alpha3 = t.loc
  join actor a on a.id = (select actor_id from bench_base) + 1 + floor(i.ra * 300)::int
  cross join lateral (
      select case when i.rk < 0.20 then 'DIPLOMATIC_PROTEST' when i.rk < 0.50 then 'PUBLIC_STATEMENT'
                  when i.rk < 0.75 then 'ADVOCACY' when i.rk < 0.85 then 'UN_ACTION'
                  when i.rk < 0.92 then 'LEGISLATIVE_ACTION' when i.rk < 0.97 then 'LEGAL_ACTION' else 'OTHER' end as kind,
             case when i.rd < 0.6 then 'DAY' when i.rd < 0.9 then 'MONTH' else 'YEAR' end as prec,
             case when i.rd < 0.6 then least(date '2025-12-31', t.date_start + floor(i.rp * 40)::int - 10)
                  when i.rd < 0.9 then date_trunc('month', least(date '2025-12-31', t.date_start + floor(i.rp * 40)::int)::timestamp)::date
                  else date_trunc('year', t.date_start::timestamp)::date end as ds) x
 order by i.id;

insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high,
                                 protected_qualifier, protected_text, note)
select b.target_id + row_number() over (order by t.intervention_id, t.j),
       t.intervention_id, t.event_id, o.outcome,
       case when o.counted then o.v end,
       case when o.counted and o.q in ('EXACT', 'AT_LEAST') then o.v end,
       case when o.counted and o.q = 'EXACT' then o.v end,
       case when o.counted then o.q end,
       case when o.counted then case o.q when 'EXACT' then to_char(o.v, 'FM999,999')
                                         when 'AT_LEAST' then 'at least ' || to_char(o.v, 'FM999,999')
                                         else 'about ' || to_char(o.v, 'FM999,999') end end,
       case o.outcome when 'PREVENTED' then 'The planned return was called off after the intervention.'
                      when 'DELAYED' then 'The return was postponed.' end
  from bench_it t
 cross join bench_base b
 cross join lateral (
     select case when t.ro < 0.10 then 'PREVENTED' when t.ro < 0.22 then 'DELAYED' when t.ro < 0.65 then 'FAILED'
                 else 'UNKNOWN' end as outcome,
            (t.ro < 0.10 and t.rq < 0.85) or (t.ro >= 0.10 and t.ro < 0.22 and t.rq < 0.3) as counted,
            case when t.rq < 0.4 then 'EXACT' when t.rq < 0.7 then 'APPROXIMATE' else 'AT_LEAST' end as q,
            greatest(1, coalesce(t.n, 1)) as v) o
on conflict (intervention_id, event_id) do nothing;

-- a prevented deportation did not happen
update event e set status = 'AVERTED'
  from intervention_target t, bench_base b
 where t.event_id = e.id and t.outcome = 'PREVENTED' and t.id > b.target_id and e.kind = 'DEPORTATION'
   and e.status <> 'AVERTED';

select setval(pg_get_serial_sequence('intervention_record', 'id'), (select max(id) from intervention_record));
select setval(pg_get_serial_sequence('intervention_target_record', 'id'), (select max(id) from intervention_target_record));

-- one citation per intervention, a second one for about 30 %
insert into citation (source_id, quote, locator, intervention_id)
select b.source_id + 1 + floor(random() * 300)::int,
       case when s = 1 then format('%s urged the authorities not to send the North Koreans back.', a.name) end,
       case when s = 2 then 'p. ' || (1 + floor(random() * 40)::int) end,
       i.id
  from bench_iv i
 cross join bench_base b
 cross join lateral generate_series(1, case when i.rp < 0.3 then 2 else 1 end) s
  join intervention iv on iv.id = i.id
  join actor a on a.id = iv.actor_id
 order by i.id, s;

-- ------------------------------------------------------------------ record the load
create schema if not exists bench;
create table if not exists bench.synthetic_load (
    loaded_at      timestamptz not null default now(),
    events         bigint not null,
    interventions  bigint not null,
    claims         bigint not null,
    first_event_id bigint not null
);
insert into bench.synthetic_load (events, interventions, claims, first_event_id)
select s.events, s.interventions, s.claims, b.event_id + 1 from bench_size s, bench_base b;

do $$
declare
    t record;
begin
    for t in select tgrelid::regclass as tab, tgname from pg_trigger where tgfoid = to_regproc('record_change') loop
        execute format('alter table %s enable trigger %I', t.tab, t.tgname);
    end loop;
end $$;

commit;

analyze;
