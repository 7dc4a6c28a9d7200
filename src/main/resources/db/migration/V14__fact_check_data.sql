-- Fact-check of the cited data set (issue 11): the corrections. Every figure now carries the words of the
-- source that gives it (or, for the Ministry of Unification's table, where in the table it stands); nothing
-- cites our own facts list any more; titles and summaries say no more than their sources; dates keep the
-- precision their sources give; interventions that came after their event say so; "not a party" is a row.
-- Sources and quotes: the project's shared/data/facts.md, section 5 (checked 2026-12-01).
--
-- V3's rows have fixed ids and are addressed by them. New rows take their ids from the identities (a
-- database may hold editors' rows already) and are found again by their titles, through pg_temp helpers.
-- The history (V8) records every change below under the editor name set here.
select set_config('refugee_graph.editor', 'fact-check (migration V14)', true);

create function pg_temp.src(t text) returns bigint language sql as $$ select max(id) from source where title = t $$;
create function pg_temp.ev(t text) returns bigint language sql as $$ select max(id) from event where title = t $$;
create function pg_temp.country(code text) returns bigint language sql as $$ select id from country where alpha3 = code $$;

-- A citation whose source we know of but have not read: it stays, and says so to the reader.
create function pg_temp.unverified(citation_ids bigint[], why text) returns void language sql as $$
    update citation set note = 'Unverified: ' || why where id = any (citation_ids) and quote is null and locator is null
$$;

-- =====================================================================  sources
insert into source (title, publisher, authors, url, published_on) values
    -- treaty participation (facts.md 5.1)
    ('Multilateral Treaties Deposited with the Secretary-General, chapter V.2: Convention relating to the Status of Refugees', 'United Nations Treaty Collection', '{}', null, null),
    ('Multilateral Treaties Deposited with the Secretary-General, chapter V.5: Protocol relating to the Status of Refugees', 'United Nations Treaty Collection', '{}', null, null),
    ('Republic of Korea Fact Sheet, March 2022', 'UNHCR', '{}', null, date '2022-03-09'),
    ('Protocol relating to the Status of Refugees (note on the United States'' accession)', 'American Journal of International Law', '{}', null, null),
    ('Essay on the 1951 Refugee Convention and its 1967 Protocol', 'Center for Migration Studies of New York', array['Barsky'], null, date '2018-12-04'),
    ('Refugee Law and Policy: Japan', 'Library of Congress', '{}', 'https://www.loc.gov/law/help/refugee-law/japan.php', null),
    ('Status of ratifications of the refugee instruments (unhchr.ch treaty status pages)', 'Office of the United Nations High Commissioner for Human Rights', '{}', null, null),
    ('Global Appeal 2021 Update, annex: States parties to the conventions', 'UNHCR', '{}', null, null),
    ('Statement of the UN Country Team in Mongolia on refugee protection', 'United Nations Country Team in Mongolia', '{}', null, null),
    ('UNHCR Thailand on the cabinet''s approval of a screening mechanism (December 2019)', 'UNHCR', '{}', null, null),
    ('Refugee Information Map: Viet Nam', 'UNHCR', '{}', null, null),
    ('Cambodia on track to become refugee model for Southeast Asia', 'UNHCR', '{}', null, date '2008-10-20'),
    ('Treaty status: Russian Federation', 'International Commission of Jurists', '{}', null, null),
    ('CAT and China''s Action', 'China Society for Human Rights Studies', '{}', null, date '2016-08-12'),
    ('Criminal Defense Wiki: Torture (Cambodia)', 'International Bridges to Justice', '{}', null, null),
    ('Post on the United States'' ratification of the Convention against Torture', 'dwkcommentaries', '{}', null, date '2011-12-05'),
    ('Second periodic report of the Republic of Korea to the Committee against Torture (CAT/C/53/Add.2)', 'UN Committee against Torture', '{}', null, null),
    ('Human rights treaty table: Japan', 'Masaryk University', '{}', null, null),
    ('Mongolia: country page', 'Association for the Prevention of Torture', '{}', null, null),
    ('Thailand: country page', 'World Organisation Against Torture (OMCT)', '{}', null, null),
    ('Report of 28 September 2012 on Laos ratifying three UN conventions in New York', 'laospdrnews', '{}', null, date '2012-09-28'),
    ('Report on Vietnam becoming a State Party to the Convention against Torture', 'vietnam.vn', '{}', null, null),
    ('humanrights-treaties-ratification-status: hr_status_cat.csv (from the UN Treaty Collection)', 'world-politics-datalab', '{}',
     'https://github.com/world-politics-datalab/humanrights-treaties-ratification-status', null),
    -- returns (facts.md 5.2)
    ('Democracy Tracker: China, October 2023', 'International IDEA', '{}', null, null),
    ('UCA News report of 13 October 2023 on China''s forced return of North Koreans', 'UCA News', '{}', null, date '2023-10-13'),
    ('Urgent Action UA 52/12 on North Koreans held in China', 'Amnesty International', '{}', null, date '2012-02-15'),
    ('Korea Herald report of 14 February 2012 on North Koreans captured in China', 'The Korea Herald', '{}', null, date '2012-02-14'),
    ('Voice of America report of 21 February 2012 on North Koreans held in China', 'Voice of America', '{}', null, date '2012-02-21'),
    ('Dong-A Ilbo report of 9 March 2012 on North Korean defectors repatriated by China', 'Dong-A Ilbo', '{}', null, date '2012-03-09'),
    ('Christian Solidarity Worldwide statement of 24 May 2012 on North Koreans repatriated by China', 'Christian Solidarity Worldwide', '{}', null, date '2012-05-24'),
    -- the Lang Son group (facts.md 5.3)
    ('U.S. Helps 13 North Korean Escapees Held in Vietnam Reach Safety', 'The Wall Street Journal', '{}', null, date '2020-01-04'),
    ('Europe helps secure release of 11 North Korean defectors held in Vietnam', 'Reuters', '{}', null, date '2020-01-04'),
    ('Reuters report of 4 January 2020 on South Korea''s foreign ministry and the Wall Street Journal''s report', 'Reuters', '{}', null, date '2020-01-04');

-- V3's placeholder descriptions, now the documents that were read.
update source set title = 'Radio Free Asia report of 19 July 2021 on the repatriation via Sinuiju', published_on = date '2021-07-19' where id = 3;
update source set title = 'Human Rights Watch report of 22 July 2021 on China''s forced return of nearly 50 North Koreans' where id = 4;
update source set title = 'U.S. State Department statement on the forced return of North Koreans, as quoted by Wikinews',
                  publisher = 'Wikinews', published_on = date '2021-07-26' where id = 18;
update source set title = 'China Forcibly Returns More than 500 to North Korea' where id = 19;
update source set title = 'Yonhap report of 11 October 2023 on Justice for North Korea''s count of forced returns',
                  publisher = 'Yonhap News Agency', published_on = date '2023-10-11' where id = 20;
update source set title = 'Korea Herald report of 2 December 2019 on North Koreans held in Lang Son, Vietnam', published_on = date '2019-12-02' where id = 16;
update source set title = 'Reuters report of 2 December 2019 on North Koreans held in Lang Son, Vietnam', published_on = date '2019-12-02' where id = 17;

-- =====================================================================  treaty participation (facts.md 5.1)
-- V3 cited our facts list for every row (citations 1, 4-17): each now cites the source of section 5.1.
update treaty_participation set since = date '1982-09-24', since_precision = 'DAY', note = null where id in (1, 2);
update citation set source_id = pg_temp.src('Multilateral Treaties Deposited with the Secretary-General, chapter V.2: Convention relating to the Status of Refugees'),
                    quote = 'China3 ...... 24 Sep 1982 a', locator = 'list of participants, row China' where id = 1;
update citation set source_id = pg_temp.src('Multilateral Treaties Deposited with the Secretary-General, chapter V.5: Protocol relating to the Status of Refugees'),
                    quote = 'China3 ...... 24 Sep 1982 a', locator = 'list of participants, row China' where id = 4;

update treaty_participation set since = date '1992-12-01', since_precision = 'MONTH',
       note = 'Acceded in December 1992; the day is unverified.' where id in (3, 4);
update citation set source_id = pg_temp.src('Republic of Korea Fact Sheet, March 2022'),
                    quote = 'December 1992 Acceded to the 1951 Refugee Convention and 1967 Protocol', locator = null where id in (5, 6);

update treaty_participation set since = date '1968-11-01', since_precision = 'DAY',
       note = 'The Protocol only: the United States is not a party to the 1951 Convention.' where id = 5;
update citation set source_id = pg_temp.src('Protocol relating to the Status of Refugees (note on the United States'' accession)'),
                    quote = 'The Protocol came into force for the United States on November 1, 1968, the date of deposit of its instrument of accession.',
                    locator = null where id = 7;

-- Convention against Torture (citations 8-17 are rows 6-15 in order).
update treaty_participation set since = date '1987-03-03', since_precision = 'DAY', note = 'Ratified as the USSR.' where id = 6;
update citation set source_id = pg_temp.src('Treaty status: Russian Federation'), quote = 'Convention against Torture ..., 3 March 1987', locator = null where id = 8;
update treaty_participation set since = date '1988-10-04', since_precision = 'DAY', in_force_on = date '1988-11-03',
       note = 'The source gives the entry into force; the deposit is 30 days earlier, as the Convention provides.' where id = 7;
update citation set source_id = pg_temp.src('CAT and China''s Action'), quote = 'The Convention came into effect in China on November 3, 1988.', locator = null where id = 9;
update treaty_participation set since = date '1992-10-15', since_precision = 'DAY', note = 'Accession.' where id = 8;
update citation set source_id = pg_temp.src('Criminal Defense Wiki: Torture (Cambodia)'), quote = 'Cambodia acceded to the CAT on 15 October 1992', locator = null where id = 10;
update treaty_participation set since = date '1994-10-21', since_precision = 'DAY', in_force_on = date '1994-11-20',
       note = 'The source gives the entry into force; the deposit is 30 days earlier, as the Convention provides.' where id = 9;
update citation set source_id = pg_temp.src('Post on the United States'' ratification of the Convention against Torture'),
                    quote = 'The treaty went into force for the U.S. on November 20, 1994.', locator = null where id = 11;
update treaty_participation set since = date '1995-01-09', since_precision = 'DAY', in_force_on = date '1995-02-08', note = null where id = 10;
update citation set source_id = pg_temp.src('Second periodic report of the Republic of Korea to the Committee against Torture (CAT/C/53/Add.2)'),
                    quote = 'ratified by the Republic of Korea on 9 January 1995 and took effect on 8 February of the same year.', locator = null where id = 12;
update treaty_participation set since = date '1999-06-29', since_precision = 'DAY', note = 'Accession.' where id = 11;
update citation set source_id = pg_temp.src('Human rights treaty table: Japan'), quote = 'CAT (1984) 29-Jun-1999', locator = null where id = 13;
update treaty_participation set since = date '2002-01-24', since_precision = 'DAY', note = 'Accession.' where id = 12;
update citation set source_id = pg_temp.src('Mongolia: country page'), quote = 'Data de ratificação da UNCAT: Quinta, Janeiro 24, 2002', locator = null where id = 14;
update treaty_participation set since = date '2007-10-02', since_precision = 'DAY', in_force_on = date '2007-11-01', note = 'Accession.' where id = 13;
update citation set source_id = pg_temp.src('Thailand: country page'), quote = 'State Party since 2 October, 2007', locator = null where id = 15;
update treaty_participation set since = date '2012-09-26', since_precision = 'DAY',
       note = 'The source (of Friday 28 September 2012) says "on Wednesday": 26 September.' where id = 14;
update citation set source_id = pg_temp.src('Report of 28 September 2012 on Laos ratifying three UN conventions in New York'),
                    quote = 'in New York on Wednesday', locator = null where id = 16;
update treaty_participation set since = date '2015-02-05', since_precision = 'DAY', in_force_on = date '2015-03-07', note = null where id = 15;
update citation set source_id = pg_temp.src('Report on Vietnam becoming a State Party to the Convention against Torture'),
                    quote = 'Vietnam ... submitted the instrument of ratification to the Secretary-General of the United Nations on February 5, 2015 and became the 158th State Party to the Convention on March 7, 2015.',
                    locator = null where id = 17;

-- New rows: the parties of section 5.1 that V3 lacked, and every "not a party" with its source. For a
-- NOT_A_PARTY row, `since` is the date of the source that says so (the day it was read, 2026-12-01, where
-- the page has no date).
create temporary table new_participation (
    treaty text, country text, since date, since_precision text, status text, note text,
    source_title text, quote text, locator text
) on commit drop;
insert into new_participation values
    ('Refugee Convention', 'JPN', date '1981-10-03', 'DAY', 'PARTY', 'Accession.', 'Refugee Law and Policy: Japan',
     'Japan acceded to the 1951 UN Convention Relating to the Status of Refugees on October 3, 1981, and to the 1967 UN Protocol Relating to the Status of Refugees on January 1, 1982.', null),
    ('1967 Protocol', 'JPN', date '1982-01-01', 'DAY', 'PARTY', 'Accession.', 'Refugee Law and Policy: Japan',
     'Japan acceded to the 1951 UN Convention Relating to the Status of Refugees on October 3, 1981, and to the 1967 UN Protocol Relating to the Status of Refugees on January 1, 1982.', null),
    ('Refugee Convention', 'KHM', date '1992-10-15', 'DAY', 'PARTY', 'Accession.',
     'Status of ratifications of the refugee instruments (unhchr.ch treaty status pages)', 'Cambodia | 15 Oct 1992 a', 'treaty2ref.htm and treaty5.htm, row Cambodia'),
    ('1967 Protocol', 'KHM', date '1992-10-15', 'DAY', 'PARTY', 'Accession.',
     'Status of ratifications of the refugee instruments (unhchr.ch treaty status pages)', 'Cambodia | 15 Oct 1992 a', 'treaty2ref.htm and treaty5.htm, row Cambodia'),
    ('Refugee Convention', 'RUS', date '1993-01-01', 'YEAR', 'PARTY', 'The source gives the year only.',
     'Global Appeal 2021 Update, annex: States parties to the conventions', 'Russian Federation 1993 1993', 'row Russian Federation, columns 1951 Convention and 1967 Protocol'),
    ('1967 Protocol', 'RUS', date '1993-01-01', 'YEAR', 'PARTY', 'The source gives the year only.',
     'Global Appeal 2021 Update, annex: States parties to the conventions', 'Russian Federation 1993 1993', 'row Russian Federation, columns 1951 Convention and 1967 Protocol'),
    ('Refugee Convention', 'USA', date '2018-12-04', 'DAY', 'NOT_A_PARTY', 'A party to the 1967 Protocol only.',
     'Essay on the 1951 Refugee Convention and its 1967 Protocol',
     'stands on its own for the three countries that signed it, without ever signing the Convention (the United States, Cape Verde, and Venezuela).', null),
    ('Refugee Convention', 'MNG', date '2026-12-01', 'DAY', 'NOT_A_PARTY', 'The page has no date: as of the day it was read.',
     'Statement of the UN Country Team in Mongolia on refugee protection',
     'Mongolia is not a party to the 1951 Convention Relating to the Status of Refugees and its 1967 Protocol.', null),
    ('1967 Protocol', 'MNG', date '2026-12-01', 'DAY', 'NOT_A_PARTY', 'The page has no date: as of the day it was read.',
     'Statement of the UN Country Team in Mongolia on refugee protection',
     'Mongolia is not a party to the 1951 Convention Relating to the Status of Refugees and its 1967 Protocol.', null),
    ('Refugee Convention', 'THA', date '2019-12-01', 'MONTH', 'NOT_A_PARTY', null,
     'UNHCR Thailand on the cabinet''s approval of a screening mechanism (December 2019)',
     'Thailand is not a signatory to the 1951 Refugee Convention and does not have specific asylum legislation.', null),
    ('1967 Protocol', 'THA', date '2019-12-01', 'MONTH', 'NOT_A_PARTY', 'Unverified for the Protocol: the source names only the 1951 Convention.',
     'UNHCR Thailand on the cabinet''s approval of a screening mechanism (December 2019)',
     'Thailand is not a signatory to the 1951 Refugee Convention and does not have specific asylum legislation.', null),
    ('Refugee Convention', 'VNM', date '2026-12-01', 'DAY', 'NOT_A_PARTY', 'The page has no date: as of the day it was read.',
     'Refugee Information Map: Viet Nam', 'Vietnam has not acceded to the 1951 Convention Relating to the Status of Refugees or its 1967 Protocol', null),
    ('1967 Protocol', 'VNM', date '2026-12-01', 'DAY', 'NOT_A_PARTY', 'The page has no date: as of the day it was read.',
     'Refugee Information Map: Viet Nam', 'Vietnam has not acceded to the 1951 Convention Relating to the Status of Refugees or its 1967 Protocol', null),
    ('Refugee Convention', 'LAO', date '2008-10-20', 'DAY', 'NOT_A_PARTY',
     'Inferred: the source says only Cambodia and one other Southeast Asian nation signed the Convention, and does not name Laos.',
     'Cambodia on track to become refugee model for Southeast Asia', 'Cambodia is one of only two Southeast Asian nations to have signed the 1951 Refugee Convention', null),
    ('1967 Protocol', 'LAO', date '2008-10-20', 'DAY', 'NOT_A_PARTY',
     'Inferred, and unverified for the Protocol: the source names only the 1951 Convention, and not Laos.',
     'Cambodia on track to become refugee model for Southeast Asia', 'Cambodia is one of only two Southeast Asian nations to have signed the 1951 Refugee Convention', null),
    ('Refugee Convention', 'PRK', date '2026-12-01', 'DAY', 'NOT_A_PARTY',
     'Unverified: inferred from the absence of North Korea from the list of participants; no source says so in words.',
     'Multilateral Treaties Deposited with the Secretary-General, chapter V.2: Convention relating to the Status of Refugees', null,
     'list of participants: no row for the Democratic People''s Republic of Korea'),
    ('1967 Protocol', 'PRK', date '2026-12-01', 'DAY', 'NOT_A_PARTY',
     'Unverified: inferred from the absence of North Korea from the list of participants; no source says so in words.',
     'Multilateral Treaties Deposited with the Secretary-General, chapter V.5: Protocol relating to the Status of Refugees', null,
     'list of participants: no row for the Democratic People''s Republic of Korea'),
    ('Convention against Torture', 'PRK', date '2026-12-01', 'DAY', 'NOT_A_PARTY', 'The data set has no date: as of the day it was read.',
     'humanrights-treaties-ratification-status: hr_status_cat.csv (from the UN Treaty Collection)', 'KP,North Korea,0,,0,1,no action,', 'row KP');

insert into treaty_participation (treaty_id, country_id, since, since_precision, status, note)
select t.id, pg_temp.country(n.country), n.since, n.since_precision, n.status, n.note
  from new_participation n join treaty t on t.short_name = n.treaty;
insert into citation (source_id, quote, locator, treaty_participation_id)
select pg_temp.src(n.source_title), n.quote, n.locator, p.id
  from new_participation n join treaty t on t.short_name = n.treaty
  join treaty_participation p on p.treaty_id = t.id and p.country_id = pg_temp.country(n.country);

-- =====================================================================  events and their figures
-- ---------------------------------------------------------------------  2021-07-14, Dandong-Sinuiju
-- Radio Free Asia confirms the day and the crossing, not the figure: its claim of "about 50" was ours.
update citation set quote = 'took place on July 14 at the northwestern border city of Sinuiju, across the Yalu River border from China''s Dandong'
 where id = 19;
update count_claim set retracted_at = now(), retraction_reason = 'The fact-check found no figure in Radio Free Asia''s report: it confirms the day and the crossing only.'
 where id = 2;
update citation set quote = 'nearly 50 North Korean refugees' where id = 20;
update count_claim set text = 'nearly 50',
       note = 'Preferred: Human Rights Watch reported the return itself, a week after it; the Heritage article''s later "roughly 50" agrees.'
 where id = 3;
update count_claim set note = 'The Heritage article gives no date; Radio Free Asia and Human Rights Watch date the return 14 July 2021.' where id = 1;
update event set summary = 'On 14 July 2021 China sent North Koreans back across the border from Dandong to Sinuiju (Radio Free Asia): nearly 50, according to Human Rights Watch; roughly 50, according to the Heritage article.'
 where id = 1;

-- ---------------------------------------------------------------------  February 2012
-- Figures differ by date and source: held (at least 21, at least 24, 30) and returned (31, later 41).
-- The held North Koreans are an event of their own; the returns keep V3's event 33.
insert into event (kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id)
values ('DETENTION', 'CARRIED_OUT', 'North Koreans caught and held in China, February 2012',
        'In February 2012 Chinese authorities held North Koreans who had fled, at risk of being returned: at least 21 according to Amnesty International (15 February), at least 24 according to the Korea Herald (14 February), 30 according to Voice of America (21 February).',
        date '2012-02-01', date '2012-02-29', 'MONTH', pg_temp.country('CHN'), pg_temp.country('PRK'), null, 1);
insert into citation (source_id, quote, locator, event_id) values
    (pg_temp.src('Urgent Action UA 52/12 on North Koreans held in China'), 'at least 21', null, pg_temp.ev('North Koreans caught and held in China, February 2012')),
    (pg_temp.src('Korea Herald report of 14 February 2012 on North Koreans captured in China'), 'at least 24', null, pg_temp.ev('North Koreans caught and held in China, February 2012'));
insert into citation (source_id, quote, locator, event_id, note) values
    (pg_temp.src('Voice of America report of 21 February 2012 on North Koreans held in China'), null, null, pg_temp.ev('North Koreans caught and held in China, February 2012'),
     'Unverified: the figure of 30 is known from a summary of this report, not from its own words.');
insert into count_claim (event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note)
select e.id, c.id, v.best, v.low, v.high, v.qualifier, v.text, v.preferred, v.disputed, v.note
  from (values
        ('Urgent Action UA 52/12 on North Koreans held in China', 21, 21, null::int, 'AT_LEAST', 'at least 21', true, false,
         'Preferred: Amnesty International, a human rights organisation, with the lowest figure; the later counts of 24 and 30 may be the same group grown.'),
        ('Korea Herald report of 14 February 2012 on North Koreans captured in China', 24, 24, null, 'AT_LEAST', 'at least 24', false, false, null),
        ('Voice of America report of 21 February 2012 on North Koreans held in China', 30, 30, 30, 'EXACT', '30', false, true,
         'Higher than the other counts; its wording is unverified.')
       ) v(source_title, best, low, high, qualifier, text, preferred, disputed, note)
  join event e on e.id = pg_temp.ev('North Koreans caught and held in China, February 2012')
  join citation c on c.event_id = e.id and c.source_id = pg_temp.src(v.source_title);

-- The returns: between Amnesty's urgent action (15 February, "about to be returned") and the Dong-A Ilbo's
-- "has repatriated" (9 March); Christian Solidarity Worldwide's 41 of 24 May may include later returns.
update event set title = 'China returns North Koreans caught in February 2012',
       summary = 'China returned North Koreans caught in February 2012: 31 by 9 March according to the Dong-A Ilbo, 41 according to Christian Solidarity Worldwide on 24 May.',
       date_start = date '2012-02-15', date_end = date '2012-03-09', date_precision = 'DAY'
 where id = 33;
update citation set source_id = pg_temp.src('Christian Solidarity Worldwide statement of 24 May 2012 on North Koreans repatriated by China'),
                    quote = 'China repatriated 41 North Koreans', locator = null where id = 58;
update count_claim set preferred = false, disputed = true, text = '41 North Koreans',
       note = 'Christian Solidarity Worldwide, two and a half months later: may include returns after 9 March.' where id = 40;
insert into citation (source_id, quote, locator, event_id) values
    (pg_temp.src('Dong-A Ilbo report of 9 March 2012 on North Korean defectors repatriated by China'), 'China has repatriated 31 North Korean defectors', null, 33);
insert into count_claim (event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note)
select 33, c.id, 31, 31, 31, 'EXACT', '31 North Korean defectors', true, false,
       'Preferred: the more conservative figure, reported within three weeks of the returns; Christian Solidarity Worldwide later gave 41.'
  from citation c where c.event_id = 33 and c.source_id = pg_temp.src('Dong-A Ilbo report of 9 March 2012 on North Korean defectors repatriated by China');

-- ---------------------------------------------------------------------  2013-2015, 2024: sources not yet read
update count_claim set note = 'Young people: ages 14-18 according to the Lao foreign ministry, 15-23 in other reports.' where id = 41;
select pg_temp.unverified(array[59, 60, 61, 62, 63, 64, 71, 72]::bigint[],
       'the figure and the facts are known from a summary of this report, not from its own words.');

-- ---------------------------------------------------------------------  2023-08-29 and 2023-09-18
-- Human Rights Watch's 80 and 40 against Justice for North Korea's "around 90" for both: the two returns
-- become parts of one event that holds the conflict, and statistics count that event only.
insert into event (kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id)
values ('DEPORTATION', 'CARRIED_OUT', 'China returns North Koreans, 29 August to 18 September 2023',
        'China returned North Koreans on 29 August (80) and 18 September 2023 (40), according to Human Rights Watch; Justice for North Korea counted around 90 on two buses since late August.',
        date '2023-08-29', date '2023-09-18', 'DAY', pg_temp.country('CHN'), pg_temp.country('PRK'), pg_temp.country('PRK'), 1);
insert into citation (source_id, quote, locator, event_id) values
    (pg_temp.src('Democracy Tracker: China, October 2023'),
     'Human Rights Watch previously confirmed that on 29 August 2023, 80 North Koreans were forcibly repatriated, along with 40 others on 18 September', null,
     pg_temp.ev('China returns North Koreans, 29 August to 18 September 2023')),
    (20, 'around 90 North Korean defectors on two buses since late August', null, pg_temp.ev('China returns North Koreans, 29 August to 18 September 2023'));
insert into count_claim (event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note)
select e.id, c.id, v.best, v.low, v.high, v.qualifier, v.text, v.preferred, v.disputed, v.note
  from (values
        ('Democracy Tracker: China, October 2023', 120, 120, 120, 'EXACT', '80 North Koreans were forcibly repatriated, along with 40 others', true, false,
         'Preferred: Human Rights Watch, which confirmed each return with its day (80 plus 40); Justice for North Korea''s around 90 is lower but undated.'),
        ('Yonhap report of 11 October 2023 on Justice for North Korea''s count of forced returns', 90, null, null, 'APPROXIMATE', 'around 90 North Korean defectors', false, true,
         'Justice for North Korea, a Seoul-based group, as Yonhap reported it; Human Rights Watch gives 80 and 40.')
       ) v(source_title, best, low, high, qualifier, text, preferred, disputed, note)
  join event e on e.id = pg_temp.ev('China returns North Koreans, 29 August to 18 September 2023')
  join citation c on c.event_id = e.id and c.source_id = pg_temp.src(v.source_title);

update event set part_of_id = pg_temp.ev('China returns North Koreans, 29 August to 18 September 2023') where id in (39, 40);
update citation set source_id = pg_temp.src('Democracy Tracker: China, October 2023'), locator = null,
       quote = 'Human Rights Watch previously confirmed that on 29 August 2023, 80 North Koreans were forcibly repatriated, along with 40 others on 18 September'
 where id in (67, 68);
update count_claim set text = '80 North Koreans', note = 'Human Rights Watch''s figure, as International IDEA reports it.' where id = 47;
update count_claim set text = '40 others', note = 'Human Rights Watch''s figure, as International IDEA reports it.' where id = 48;
update event set summary = 'On 29 August 2023 China returned 80 North Koreans to North Korea (Human Rights Watch). Part of the returns of 29 August to 18 September 2023.' where id = 39;
update event set summary = 'On 18 September 2023 China returned 40 North Koreans to North Korea (Human Rights Watch). Part of the returns of 29 August to 18 September 2023.' where id = 40;

-- ---------------------------------------------------------------------  2023-10-09
-- No source says "in one night"; the crossings named are those Yonhap names.
update event set title = 'China forcibly returns more than 500 North Koreans',
       summary = 'On 9 October 2023 China forcibly returned more than 500 North Koreans (Human Rights Watch); around 600 via Dandong and Hunchun according to Justice for North Korea, as Yonhap reported it.'
 where id = 41;
update citation set quote = 'China Forcibly Returns More than 500 to North Korea', locator = 'headline' where id = 69;
update citation set quote = 'China sent back around 600 North Korean defectors earlier this week ... a local human rights group claimed' where id = 70;
insert into citation (source_id, quote, locator, event_id) values
    (pg_temp.src('UCA News report of 13 October 2023 on China''s forced return of North Koreans'), 'forcefully repatriating some 500 North Koreans', null, 41);
update count_claim set text = 'More than 500',
       note = 'Preferred: Human Rights Watch, an international organisation, and the more conservative figure; Justice for North Korea gives around 600.'
 where id = 49;
update count_claim set text = 'around 600', note = 'Justice for North Korea, a Seoul-based group, as Yonhap reported it; Human Rights Watch gives more than 500.' where id = 50;

-- ---------------------------------------------------------------------  Lang Son, November 2019
update citation set quote = 'Vietnamese authorities called off an effort to deport the defectors after several of them protested passionately and appeared to faint.'
 where id = 66;
update citation set note = 'Unverified: its figure (an original group of 14) is known from a summary of this report, not from its own words.' where id = 65;
insert into citation (source_id, quote, locator, event_id) values
    (pg_temp.src('Europe helps secure release of 11 North Korean defectors held in Vietnam'),
     'A group of 11 North Koreans who were detained in Vietnam while seeking to defect to South Korea have been released thanks to the help of European institutions, a Seoul-based activist group said on Saturday.', null, 38),
    (pg_temp.src('U.S. Helps 13 North Korean Escapees Held in Vietnam Reach Safety'),
     '13 individuals detained in Vietnam reached safety last month due to an unexpected helping hand: the U.S. government.', null, 38),
    (pg_temp.src('Reuters report of 4 January 2020 on South Korea''s foreign ministry and the Wall Street Journal''s report'), 'not factual', null, 38);
update count_claim set citation_id = (select id from citation where event_id = 38 and source_id = pg_temp.src('Europe helps secure release of 11 North Korean defectors held in Vietnam')),
       text = 'A group of 11',
       note = 'Preferred: the most conservative figure, from a news agency; the Korea Herald gives an original group of 14, the Wall Street Journal 13.'
 where id = 45;
update count_claim set note = 'The Korea Herald''s original group of 14; Reuters reports 11 released.' where id = 46;
insert into count_claim (event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note)
select 38, c.id, 13, 13, 13, 'EXACT', '13 individuals', false, true,
       'The Wall Street Journal''s figure; South Korea''s foreign ministry called its report "not factual" (Reuters, 4 January 2020).'
  from citation c where c.event_id = 38 and c.source_id = pg_temp.src('U.S. Helps 13 North Korean Escapees Held in Vietnam Reach Safety');
update event set summary = 'Between 23 and 29 November 2019 a group of North Koreans was held in Lang Son, Vietnam: 11 according to Reuters, 13 according to the Wall Street Journal, an original group of 14 according to the Korea Herald. Vietnam called off an effort to deport them (Reuters, 2 December 2019); they were later released, with the help of European institutions (Reuters) or of the U.S. government (the Wall Street Journal, which South Korea''s foreign ministry called "not factual").'
 where id = 38;

-- The Heritage article's two deportations prevented "in 2020" are probably this group (facts.md 5.3): the
-- seed's events and interventions stay as it tells them, linked to Lang Son, and statistics count Lang Son only.
insert into event_duplicate (event_id, same_as_id, note) values
    (6, 38, 'Probably the Lang Son group: the Heritage article''s 13 defectors saved by American diplomats match the Wall Street Journal''s 13 North Koreans held in Vietnam who reached safety in December 2019 with U.S. help, which South Korea''s foreign ministry disputed. No other source reports a separate group of 13 in 2020.'),
    (7, 38, 'Probably the Lang Son group: Reuters reports 11 North Koreans held in Vietnam released with the help of European institutions in late 2019. No source besides the Heritage article reports 20 people freed from Vietnam by EU-based groups.');
insert into citation (source_id, quote, locator, event_duplicate_id)
select pg_temp.src(v.title), v.quote, null, d.id
  from (values
        (6, 'U.S. Helps 13 North Korean Escapees Held in Vietnam Reach Safety',
         '13 individuals detained in Vietnam reached safety last month due to an unexpected helping hand: the U.S. government.'),
        (6, 'Reuters report of 4 January 2020 on South Korea''s foreign ministry and the Wall Street Journal''s report', 'not factual'),
        (7, 'Europe helps secure release of 11 North Korean defectors held in Vietnam',
         'A group of 11 North Koreans who were detained in Vietnam while seeking to defect to South Korea have been released thanks to the help of European institutions, a Seoul-based activist group said on Saturday.')
       ) v(event_id, title, quote)
  join event_duplicate d on d.event_id = v.event_id;
update event set summary = summary || ' Probably the Lang Son group of November 2019 (see sameAs).' where id in (6, 7);
update count_claim set note = 'Only the Heritage article reports a deportation of 13 from Thailand; no other source was found.' where id = 6;

-- ---------------------------------------------------------------------  yearly arrivals (Ministry of Unification)
-- A table: the locator says where in it.
update citation c set locator = 'table of arrivals by year, row ' || extract(year from e.date_start) || ', column Total'
  from event e where e.id = c.event_id and c.source_id = 2 and c.locator like 'arrivals by year: %';
update count_claim set note = 'Preferred as the more conservative of two reports (223 by spnews, 224 by Korea JoongAng Daily); the Ministry of Unification''s own figure is not in the data set yet.'
 where id = 37;
select pg_temp.unverified(array[35, 37, 39, 55, 56]::bigint[], 'the figure is known from a summary of this report, not from its own words.');

-- =====================================================================  interventions
-- After the event: a resolution, a statement, a protest, a letter. Not FAILED: they could not have stopped it.
update intervention_target set outcome = 'AFTER_THE_FACT',
       note = 'Adopted on 24 May 2012, after the returns of February and March.' where id = 3;
update intervention set summary = 'The European Parliament adopted resolution P7_TA(2012)0229 on North Korean refugees on 24 May 2012, after China''s returns of North Koreans caught in February 2012.'
 where id = 3;
update citation set locator = 'Texts adopted, P7_TA(2012)0229 (procedure 2012/2655(RSP))' where id = 75;

update intervention_target set note = 'The nine were handed over despite the request.' where id = 4;
update intervention set summary = 'The Office of the UN High Commissioner for Human Rights issued a statement on the nine young North Koreans handed over by Laos; the reports of it are of 28 May and 2 June 2013, its own date is not known.'
 where id = 5;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A statement on a handover that had taken place.' where id = 5;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A request to explain, nearly a year after the returns; what came of it is not known.' where id = 6;

update intervention set summary = 'The U.S. Department of State said: "We are particularly concerned by recent reports that nearly 50 North Koreans were forcibly repatriated" (as quoted by Wikinews on 26 July 2021).'
 where id = 7;
update citation set quote = 'We are particularly concerned by recent reports that nearly 50 North Koreans were forcibly repatriated.' where id = 81;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A statement on returns that had taken place.' where id = 7;

update intervention_target set note = 'Raised on 23 September 2023; China returned more than 500 North Koreans on 9 October 2023.' where id = 8;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A protest four days after the returns of 9 October 2023.' where id = 9;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A press release eight days after the returns of 9 October 2023.' where id = 10;
update intervention_target set outcome = 'AFTER_THE_FACT', note = 'A letter two months after the returns of 9 October 2023.' where id = 11;
select pg_temp.unverified(array[76, 77, 78, 79, 80, 82, 83, 84, 85]::bigint[],
       'the intervention is known from a summary of this source, not from its own words.');
update citation set locator = 'document symbol A/HRC/25/63' where id = 86;

-- =====================================================================  our own facts list
-- Nothing cites it any more; it was never a source.
delete from source where id = 28 and not exists (select 1 from citation_record where source_id = 28);

analyze event_record, count_claim_record, citation_record, treaty_participation, event_duplicate;
