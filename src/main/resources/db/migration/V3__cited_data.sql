-- Cited data set: forced repatriations of North Korean refugees, resettlement in South Korea,
-- interventions and treaty participations. Every row below is taken from the project's shared/data/facts.md
-- (sections 1 to 4); quotes from the seed article (The Heritage Foundation, 2021-08-19) are verbatim.
-- Explicit ids keep cross-references readable; identities are reset at the end of the file.

-- =====================================================================  sources
-- Titles other than the Heritage article's and the UN report's are plain descriptions of the
-- documents, not headlines. url is null where it is not certain.
insert into source (id, title, publisher, authors, url, published_on) values
    (1, 'The World Is Turning Its Back on North Korean Refugees', 'The Heritage Foundation', array['Olivia Enos', 'Patrick Coe'], 'https://www.heritage.org/asia/commentary/the-world-turning-its-back-north-korean-refugees', date '2021-08-19'),
    (2, 'Ministry of Unification statistics on North Korean defectors arriving in South Korea, by year', 'Ministry of Unification (Republic of Korea)', '{}', null, null),
    (3, 'Radio Free Asia report on the July 2021 repatriation via Dandong-Sinuiju', 'Radio Free Asia', '{}', null, null),
    (4, 'Human Rights Watch report on China''s July 2021 forced return of about 50 North Koreans', 'Human Rights Watch', '{}', null, date '2021-07-22'),
    (5, 'Daily NK report (2012) on yearly arrivals of North Korean defectors in South Korea', 'Daily NK', '{}', null, null),
    (6, 'International Crisis Group report (2011) on North Korean refugees, with yearly arrival figures', 'International Crisis Group', '{}', null, null),
    (7, 'spnews report on arrivals of North Korean defectors in South Korea in 2025', 'spnews', '{}', null, null),
    (8, 'Korea JoongAng Daily report on arrivals of North Korean defectors in South Korea in 2025', 'Korea JoongAng Daily', '{}', null, date '2026-01-20'),
    (9, 'European Parliament resolution of 24 May 2012 on North Korean refugees, P7_TA(2012)0229', 'European Parliament', '{}', null, date '2012-05-24'),
    (10, 'Radio Free Asia report on the nine young North Koreans returned from Laos in May 2013', 'Radio Free Asia', '{}', null, date '2013-05-28'),
    (11, 'Los Angeles Times report on the nine young North Koreans returned from Laos in May 2013', 'Los Angeles Times', '{}', null, date '2013-06-02'),
    (12, 'UPI report on the UN Committee against Torture asking China to explain the return of 29 North Koreans', 'United Press International', '{}', null, date '2015-07-15'),
    (13, 'VICE report on nine North Koreans detained at Mong Cai, Vietnam, and handed to Chinese police at Dongxing', 'VICE', '{}', null, date '2015-12-02'),
    (14, 'UPI report on nine North Koreans detained in Vietnam and handed over to China in October 2015', 'United Press International', '{}', null, date '2015-11-18'),
    (15, 'Korea JoongAng Daily report on three North Koreans detained in Vietnam and sent back to China', 'Korea JoongAng Daily', '{}', null, date '2019-04-04'),
    (16, 'Korea Herald report on North Koreans arrested in Lang Son, Vietnam, in November 2019', 'The Korea Herald', '{}', null, null),
    (17, 'Reuters report on North Koreans arrested in Lang Son, Vietnam, in November 2019', 'Reuters', '{}', null, null),
    (18, 'U.S. Department of State statement on China''s July 2021 forced return of North Koreans', 'U.S. Department of State', '{}', null, null),
    (19, 'Human Rights Watch report on China''s forced return of North Koreans on 9 October 2023', 'Human Rights Watch', '{}', null, null),
    (20, 'Justice for North Korea report on China''s forced return of North Koreans on 9 October 2023', 'Justice for North Korea', '{}', null, null),
    (21, 'Human Rights Watch report on China''s forced return of about 60 North Koreans on 26 April 2024', 'Human Rights Watch', '{}', null, null),
    (22, 'Chosun Ilbo report on China''s forced return of North Koreans in April 2024', 'Chosun Ilbo', '{}', null, null),
    (23, 'Report of the commission of inquiry on human rights in the Democratic People''s Republic of Korea (A/HRC/25/63)', 'United Nations Human Rights Council', '{}', null, date '2014-02-07'),
    (24, 'Press release by UN human rights experts on China''s forced return of North Koreans', 'Office of the United Nations High Commissioner for Human Rights', '{}', null, date '2023-10-17'),
    (25, 'Letter from a bipartisan group of U.S. members of Congress on China''s forced return of North Koreans', 'Members of the United States Congress', '{}', null, date '2023-12-07'),
    (26, 'Ministry of Unification protest against China''s forced return of North Koreans', 'Ministry of Unification (Republic of Korea)', '{}', null, date '2023-10-13'),
    (27, 'Account of the South Korean prime minister''s meeting with Xi Jinping on 23 September 2023', 'Office of the Prime Minister (Republic of Korea)', '{}', null, date '2023-09-23'),
    (28, 'refugee-graph cited facts list', 'refugee-graph editors', '{}', null, null);

-- =====================================================================  actors
-- Perpetrating governments first, then every intervening actor. Media that are only sources are not actors.
insert into actor (id, name, kind, country_id) values
    (1, 'Government of China', 'GOVERNMENT', (select id from country where alpha3 = 'CHN')),
    (2, 'Government of Vietnam', 'GOVERNMENT', (select id from country where alpha3 = 'VNM')),
    (3, 'Government of Thailand', 'GOVERNMENT', (select id from country where alpha3 = 'THA')),
    (4, 'Government of Laos', 'GOVERNMENT', (select id from country where alpha3 = 'LAO')),
    (5, 'Government of North Korea', 'GOVERNMENT', (select id from country where alpha3 = 'PRK')),
    (6, 'U.S. diplomats', 'DIPLOMATIC_MISSION', (select id from country where alpha3 = 'USA')),
    (7, 'Human rights organizations based in the EU', 'NGO', null),
    (8, 'Human Rights Watch', 'NGO', (select id from country where alpha3 = 'USA')),
    (9, 'European Parliament', 'LEGISLATURE', null),
    (10, 'Embassy of South Korea in Laos', 'DIPLOMATIC_MISSION', (select id from country where alpha3 = 'KOR')),
    (11, 'Office of the UN High Commissioner for Human Rights (OHCHR)', 'INTERGOVERNMENTAL', null),
    (12, 'UN Committee against Torture', 'INTERGOVERNMENTAL', null),
    (13, 'U.S. Department of State', 'GOVERNMENT', (select id from country where alpha3 = 'USA')),
    (14, 'Prime Minister of South Korea', 'GOVERNMENT', (select id from country where alpha3 = 'KOR')),
    (15, 'Ministry of Unification (South Korea)', 'GOVERNMENT', (select id from country where alpha3 = 'KOR')),
    (16, 'UN human rights experts', 'INTERGOVERNMENTAL', null),
    (17, 'Bipartisan group of U.S. members of Congress', 'LEGISLATURE', (select id from country where alpha3 = 'USA')),
    (18, 'UN Commission of Inquiry on Human Rights in the DPRK', 'INTERGOVERNMENTAL', null);

-- =====================================================================  treaties
insert into treaty (id, name, short_name, adopted_on) values
    (1, 'Convention relating to the Status of Refugees', 'Refugee Convention', date '1951-07-28'),
    (2, 'Protocol relating to the Status of Refugees', '1967 Protocol', date '1967-01-31'),
    (3, 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', 'Convention against Torture', date '1984-12-10');

-- Treaty participations, exactly per facts.md section 4. Thailand, Vietnam, Laos and North Korea are
-- not parties to the Refugee Convention or its Protocol, and North Korea not to the Convention against
-- Torture: absence is recorded by having no row. Year-only dates are stored as 1 January, precision YEAR.
insert into treaty_participation (id, treaty_id, country_id, since, since_precision, status, note) values
    (1, 1, (select id from country where alpha3 = 'CHN'), date '1982-09-24', 'DAY', 'PARTY', 'facts.md gives 1982-09; the day (24 Sep 1982) is unverified.'),
    (2, 2, (select id from country where alpha3 = 'CHN'), date '1982-09-24', 'DAY', 'PARTY', 'facts.md gives 1982-09; the day (24 Sep 1982) is unverified.'),
    (3, 1, (select id from country where alpha3 = 'KOR'), date '1992-12-03', 'DAY', 'PARTY', 'facts.md gives 1992-12; the day (3 Dec 1992) is unverified.'),
    (4, 2, (select id from country where alpha3 = 'KOR'), date '1992-12-03', 'DAY', 'PARTY', 'facts.md gives 1992-12; the day (3 Dec 1992) is unverified.'),
    (5, 2, (select id from country where alpha3 = 'USA'), date '1968-11-01', 'DAY', 'PARTY', 'Protocol only (not a party to the 1951 Convention). Date not in facts.md; from the UN treaty status list, unverified.'),
    (6, 3, (select id from country where alpha3 = 'RUS'), date '1987-01-01', 'YEAR', 'PARTY', null),
    (7, 3, (select id from country where alpha3 = 'CHN'), date '1988-10-04', 'DAY', 'PARTY', 'facts.md gives 1988; the day (4 Oct 1988) is unverified.'),
    (8, 3, (select id from country where alpha3 = 'KHM'), date '1992-01-01', 'YEAR', 'PARTY', null),
    (9, 3, (select id from country where alpha3 = 'USA'), date '1994-01-01', 'YEAR', 'PARTY', null),
    (10, 3, (select id from country where alpha3 = 'KOR'), date '1995-01-01', 'YEAR', 'PARTY', null),
    (11, 3, (select id from country where alpha3 = 'JPN'), date '1999-01-01', 'YEAR', 'PARTY', null),
    (12, 3, (select id from country where alpha3 = 'MNG'), date '2002-01-01', 'YEAR', 'PARTY', null),
    (13, 3, (select id from country where alpha3 = 'THA'), date '2007-01-01', 'YEAR', 'PARTY', null),
    (14, 3, (select id from country where alpha3 = 'LAO'), date '2012-01-01', 'YEAR', 'PARTY', null),
    (15, 3, (select id from country where alpha3 = 'VNM'), date '2015-01-01', 'YEAR', 'PARTY', null);

-- Each participation cites the facts list (section 4); China's Refugee Convention participation also
-- cites the seed article.
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (1, 28, '1951 Refugee Convention and its 1967 Protocol: China acceded 1982-09 (24 Sep 1982, unverified); South Korea 1992-12 (3 Dec 1992, unverified); United States: Protocol only', 'facts.md section 4', null, null, 1);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (2, 1, 'As a signatory to the Refugee Convention, China violates it every time it repatriates a North Korean.', null, null, null, 1);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (3, 1, 'The U.N. officially classifies North Koreans as “refugees sur place,” meaning that any nation that deports North Koreans is in violation of the 1951 U.N. Refugee Convention and the U.N. Convention Against Torture.', null, null, null, 1);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (4, 28, '1951 Refugee Convention and its 1967 Protocol: China acceded 1982-09 (24 Sep 1982, unverified); South Korea 1992-12 (3 Dec 1992, unverified); United States: Protocol only', 'facts.md section 4', null, null, 2);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (5, 28, '1951 Refugee Convention and its 1967 Protocol: China acceded 1982-09 (24 Sep 1982, unverified); South Korea 1992-12 (3 Dec 1992, unverified); United States: Protocol only', 'facts.md section 4', null, null, 3);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (6, 28, '1951 Refugee Convention and its 1967 Protocol: China acceded 1982-09 (24 Sep 1982, unverified); South Korea 1992-12 (3 Dec 1992, unverified); United States: Protocol only', 'facts.md section 4', null, null, 4);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (7, 28, '1951 Refugee Convention and its 1967 Protocol: China acceded 1982-09 (24 Sep 1982, unverified); South Korea 1992-12 (3 Dec 1992, unverified); United States: Protocol only', 'facts.md section 4', null, null, 5);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (8, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 6);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (9, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 7);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (10, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 8);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (11, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 9);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (12, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 10);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (13, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 11);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (14, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 12);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (15, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 13);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (16, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 14);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (17, 28, 'Convention against Torture: Russia 1987, China 1988 (4 Oct, unverified), Cambodia 1992, United States 1994, South Korea 1995, Japan 1999, Mongolia 2002, Thailand 2007, Laos 2012, Vietnam 2015; North Korea: none.', 'facts.md section 4', null, null, 15);

-- =====================================================================  events, citations, count claims
-- ---------------------------------------------------------------------  facts.md section 1 (seed article)

-- facts.md §1 'China deported roughly 50 North Koreans ... (2021; other reports date it 2021-07-14,
-- via Dandong-Sinuiju: RFA; Human Rights Watch 2021-07-22)' and §3 '2021-07-14: about 50 returned via Dandong-Sinuiju'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (1, 'DEPORTATION', 'CARRIED_OUT', 'China deports about 50 North Koreans via Dandong-Sinuiju', 'Taking advantage of the partially reopened border, China sent about 50 North Koreans back across the Dandong-Sinuiju crossing on 14 July 2021 (date per Radio Free Asia and Human Rights Watch; the Heritage article says only that China is believed to have deported roughly 50).', date '2021-07-14', date '2021-07-14', 'DAY',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (18, 1, 'Taking advantage of North Korea’s partially reopened border, China is believed to have deported roughly 50 individuals back to North Korea.', null, 1, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (19, 3, null, null, 1, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (20, 4, null, null, 1, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (1, 1, 18, 50, null, null, 'APPROXIMATE', 'roughly 50', false, false, 'The Heritage article gives no date; other reports date the deportation 2021-07-14.');
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (2, 1, 19, 50, null, null, 'APPROXIMATE', 'about 50', false, false, 'Wording as summarized in facts.md section 3.');
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (3, 1, 20, 50, null, null, 'APPROXIMATE', 'about 50', true, false, 'Wording as summarized in facts.md section 3.');

-- facts.md §1 'Human Rights Watch reported that more than 1,000 North Korean refugees are held in detention
-- in China and at risk of deportation (2021)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (2, 'DETENTION', 'CARRIED_OUT', 'More than 1,000 North Korean refugees held in detention in China', 'Human Rights Watch reported, as cited by the Heritage article, that more than 1,000 North Korean refugees were held in detention in China and at risk of deportation.', date '2021-01-01', date '2021-12-31', 'YEAR',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), null, 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (21, 1, 'Human Rights Watch recently reported that more than 1,000 North Korean refugees are currently held in detention and also at risk of deportation.', null, 2, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (4, 2, 21, 1000, 1000, null, 'AT_LEAST', 'more than 1,000', true, false, 'Human Rights Watch figure as reported by the Heritage article.');

-- facts.md §1 'North Korea created buffer zones along its border and gave shoot-on-sight orders at the start
-- of the pandemic (2020)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (3, 'BORDER_MEASURE', 'CARRIED_OUT', 'North Korea creates border buffer zones and gives shoot-on-sight orders', 'At the start of the COVID-19 pandemic North Korea created buffer zones along its border and ordered its soldiers to shoot on sight anyone entering or leaving the country.', date '2020-01-01', date '2020-12-31', 'YEAR',
     (select id from country where alpha3 = 'PRK'), null, null, 5, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (22, 1, 'At the start of the pandemic, North Korea created buffer zones along its border and gave its soldiers shoot-on-sight orders for individuals entering or leaving the country.', null, 3, null, null);

-- facts.md §1 'December 2019: Vietnam arrested and promptly deported three North Koreans.'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (4, 'DEPORTATION', 'CARRIED_OUT', 'Vietnam arrests and promptly deports three North Koreans', 'In December 2019 Vietnam arrested three North Koreans and promptly deported them; the article does not say where to.', date '2019-12-01', date '2019-12-31', 'MONTH',
     (select id from country where alpha3 = 'VNM'), (select id from country where alpha3 = 'PRK'), null, 2, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (23, 1, 'In December 2019, Vietnam arrested and promptly deported three North Koreans.', null, 4, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (5, 4, 23, 3, 3, 3, 'EXACT', 'three', true, false, null);

-- facts.md §1 '"Last year" (2020): Thailand gave in to Pyongyang's demands to deport 13 North Koreans.'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (5, 'DEPORTATION', 'CARRIED_OUT', 'Thailand deports 13 North Koreans at Pyongyang''s demand', 'Thailand gave in to Pyongyang''s demands and deported 13 North Koreans ("last year" in the August 2021 article, i.e. 2020).', date '2020-01-01', date '2020-12-31', 'YEAR',
     (select id from country where alpha3 = 'THA'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 3, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (24, 1, 'Last year, Thailand gave in to Pyongyang’s demands to deport 13 North Koreans.', null, 5, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (6, 5, 24, 13, 13, 13, 'EXACT', '13', true, false, null);

-- facts.md §1 'American diplomats saved 13 defectors after protesting plans for their deportation in 2020
-- (an intervention that PREVENTED a planned deportation of 13)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (6, 'DEPORTATION', 'AVERTED', 'Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats', 'A deportation of 13 North Korean defectors was planned in 2020 and stopped after American diplomats protested. The article does not say in which country.', date '2020-01-01', date '2020-12-31', 'YEAR',
     null, (select id from country where alpha3 = 'PRK'), null, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (25, 1, 'American diplomats saved 13 defectors after protesting plans for their deportation in 2020.', null, 6, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (7, 6, 25, 13, 13, 13, 'EXACT', '13 defectors', true, false, null);

-- facts.md §1 'Human rights organizations based in the EU saved 20 more defectors in Vietnam scheduled to
-- be deported "last year" (2020) (an intervention that PREVENTED a planned deportation of 20)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (7, 'DEPORTATION', 'AVERTED', 'Planned deportation of 20 North Korean defectors from Vietnam, stopped by EU-based human rights organizations', '20 North Korean defectors in Vietnam were scheduled to be deported in 2020 ("last year" in the August 2021 article); human rights organizations based in the EU saved them.', date '2020-01-01', date '2020-12-31', 'YEAR',
     (select id from country where alpha3 = 'VNM'), (select id from country where alpha3 = 'PRK'), null, 2, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (26, 1, 'Human rights organizations based in the EU saved 20 more defectors in Vietnam scheduled to be deported last year.', null, 7, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (8, 7, 26, 20, 20, 20, 'EXACT', '20 more defectors', true, false, null);

-- ---------------------------------------------------------------------  facts.md section 2 (arrivals in South Korea)
-- One RESETTLEMENT event per year; ids 8..31 are the years 2002..2025 (id = year - 1994).

-- facts.md §2 '2002 1,142 (510/632)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (8, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2002', 'North Korean refugees who arrived in South Korea in 2002.', date '2002-01-01', date '2002-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (27, 2, null, 'arrivals by year: 2002', 8, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (9, 8, 27, 1142, 1142, 1142, 'EXACT', '1,142', true, false, 'men 510, women 632');

-- facts.md §2 '2003 1,285 (474/811)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (9, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2003', 'North Korean refugees who arrived in South Korea in 2003.', date '2003-01-01', date '2003-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (28, 2, null, 'arrivals by year: 2003', 9, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (10, 9, 28, 1285, 1285, 1285, 'EXACT', '1,285', true, false, 'men 474, women 811');

-- facts.md §2 '2004 1,898 (626/1,272)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (10, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2004', 'North Korean refugees who arrived in South Korea in 2004.', date '2004-01-01', date '2004-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (29, 2, null, 'arrivals by year: 2004', 10, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (11, 10, 29, 1898, 1898, 1898, 'EXACT', '1,898', true, false, 'men 626, women 1272');

-- facts.md §2 '2005 1,384 (424/960)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (11, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2005', 'North Korean refugees who arrived in South Korea in 2005.', date '2005-01-01', date '2005-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (30, 2, null, 'arrivals by year: 2005', 11, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (12, 11, 30, 1384, 1384, 1384, 'EXACT', '1,384', true, false, 'men 424, women 960');

-- facts.md §2 '2006 2,028 (515/1,513)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (12, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2006', 'North Korean refugees who arrived in South Korea in 2006.', date '2006-01-01', date '2006-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (31, 2, null, 'arrivals by year: 2006', 12, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (13, 12, 31, 2028, 2028, 2028, 'EXACT', '2,028', true, false, 'men 515, women 1513');

-- facts.md §2 '2007 2,554 (573/1,981)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (13, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2007', 'North Korean refugees who arrived in South Korea in 2007.', date '2007-01-01', date '2007-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (32, 2, null, 'arrivals by year: 2007', 13, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (14, 13, 32, 2554, 2554, 2554, 'EXACT', '2,554', true, false, 'men 573, women 1981');

-- facts.md §2 '2008 2,803 (608/2,195)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (14, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2008', 'North Korean refugees who arrived in South Korea in 2008.', date '2008-01-01', date '2008-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (33, 2, null, 'arrivals by year: 2008', 14, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (15, 14, 33, 2803, 2803, 2803, 'EXACT', '2,803', true, false, 'men 608, women 2195');

-- facts.md §2 '2009 2,914 (662/2,252)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (15, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2009', 'North Korean refugees who arrived in South Korea in 2009.', date '2009-01-01', date '2009-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (34, 2, null, 'arrivals by year: 2009', 15, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (16, 15, 34, 2914, 2914, 2914, 'EXACT', '2,914', true, false, 'men 662, women 2252');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (35, 5, null, null, 15, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (17, 15, 35, 2927, 2927, 2927, 'EXACT', '2,927', false, true, 'Daily NK (2012) gives 2,927; the Ministry of Unification gives 2,914.');

-- facts.md §2 '2010 2,402 (591/1,811)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (16, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2010', 'North Korean refugees who arrived in South Korea in 2010.', date '2010-01-01', date '2010-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (36, 2, null, 'arrivals by year: 2010', 16, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (18, 16, 36, 2402, 2402, 2402, 'EXACT', '2,402', true, false, 'men 591, women 1811');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (37, 6, null, null, 16, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (19, 16, 37, 2376, 2376, 2376, 'EXACT', '2,376', false, true, 'International Crisis Group (2011) gives 2,376; the Ministry of Unification gives 2,402.');

-- facts.md §2 '2011 2,706 (795/1,911)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (17, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2011', 'North Korean refugees who arrived in South Korea in 2011.', date '2011-01-01', date '2011-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (38, 2, null, 'arrivals by year: 2011', 17, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (20, 17, 38, 2706, 2706, 2706, 'EXACT', '2,706', true, false, 'men 795, women 1911');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (39, 5, null, null, 17, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (21, 17, 39, 2737, 2737, 2737, 'EXACT', '2,737', false, true, 'Daily NK (2012) gives 2,737; the Ministry of Unification gives 2,706.');

-- facts.md §2 '2012 1,502 (404/1,098)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (18, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2012', 'North Korean refugees who arrived in South Korea in 2012.', date '2012-01-01', date '2012-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (40, 2, null, 'arrivals by year: 2012', 18, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (22, 18, 40, 1502, 1502, 1502, 'EXACT', '1,502', true, false, 'men 404, women 1098');

-- facts.md §2 '2013 1,514 (369/1,145)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (19, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2013', 'North Korean refugees who arrived in South Korea in 2013.', date '2013-01-01', date '2013-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (41, 2, null, 'arrivals by year: 2013', 19, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (23, 19, 41, 1514, 1514, 1514, 'EXACT', '1,514', true, false, 'men 369, women 1145');

-- facts.md §2 '2014 1,397 (305/1,092)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (20, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2014', 'North Korean refugees who arrived in South Korea in 2014.', date '2014-01-01', date '2014-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (42, 2, null, 'arrivals by year: 2014', 20, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (24, 20, 42, 1397, 1397, 1397, 'EXACT', '1,397', true, false, 'men 305, women 1092');

-- facts.md §2 '2015 1,275 (251/1,024)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (21, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2015', 'North Korean refugees who arrived in South Korea in 2015.', date '2015-01-01', date '2015-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (43, 2, null, 'arrivals by year: 2015', 21, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (25, 21, 43, 1275, 1275, 1275, 'EXACT', '1,275', true, false, 'men 251, women 1024');

-- facts.md §2 '2016 1,418 (302/1,116)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (22, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2016', 'North Korean refugees who arrived in South Korea in 2016.', date '2016-01-01', date '2016-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (44, 2, null, 'arrivals by year: 2016', 22, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (26, 22, 44, 1418, 1418, 1418, 'EXACT', '1,418', true, false, 'men 302, women 1116');

-- facts.md §2 '2017 1,127 (188/939)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (23, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2017', 'North Korean refugees who arrived in South Korea in 2017.', date '2017-01-01', date '2017-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (45, 2, null, 'arrivals by year: 2017', 23, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (27, 23, 45, 1127, 1127, 1127, 'EXACT', '1,127', true, false, 'men 188, women 939');

-- facts.md §2 '2018 1,137 (168/969)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (24, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2018', 'North Korean refugees who arrived in South Korea in 2018.', date '2018-01-01', date '2018-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (46, 2, null, 'arrivals by year: 2018', 24, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (28, 24, 46, 1137, 1137, 1137, 'EXACT', '1,137', true, false, 'men 168, women 969');

-- facts.md §2 '2019 1,047 (202/845)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (25, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2019', 'North Korean refugees who arrived in South Korea in 2019.', date '2019-01-01', date '2019-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (47, 2, null, 'arrivals by year: 2019', 25, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (29, 25, 47, 1047, 1047, 1047, 'EXACT', '1,047', true, false, 'men 202, women 845');

-- facts.md §2 '2020 229 (72/157)' and §1 'Resettlement in South Korea: 229 in 2020'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (26, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2020', 'North Korean refugees who arrived in South Korea in 2020.', date '2020-01-01', date '2020-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (48, 2, null, 'arrivals by year: 2020', 26, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (30, 26, 48, 229, 229, 229, 'EXACT', '229', true, false, 'men 72, women 157');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (49, 1, 'In 2020, only 229 North Koreans were resettled in South Korea, down from 1,047 in 2021.', null, 26, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (31, 26, 49, 229, 229, 229, 'EXACT', '229', false, false, 'Agrees with the Ministry of Unification figure for 2020.');

-- facts.md §2 '2021 63 (40/23)' and §1 '"down from 1,047 in 2021"' (disputed)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (27, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2021', 'North Korean refugees who arrived in South Korea in 2021.', date '2021-01-01', date '2021-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (50, 2, null, 'arrivals by year: 2021', 27, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (32, 27, 50, 63, 63, 63, 'EXACT', '63', true, false, 'men 40, women 23');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (51, 1, 'In 2020, only 229 North Koreans were resettled in South Korea, down from 1,047 in 2021.', null, 27, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (33, 27, 51, 1047, 1047, 1047, 'EXACT', '1,047 in 2021', false, true, 'The article''s "down from 1,047 in 2021" cannot be right: the Ministry of Unification gives 1,047 for 2019 and 63 for 2021.');

-- facts.md §2 '2022 67 (35/32)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (28, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2022', 'North Korean refugees who arrived in South Korea in 2022.', date '2022-01-01', date '2022-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (52, 2, null, 'arrivals by year: 2022', 28, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (34, 28, 52, 67, 67, 67, 'EXACT', '67', true, false, 'men 35, women 32');

-- facts.md §2 '2023 196 (32/164)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (29, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2023', 'North Korean refugees who arrived in South Korea in 2023.', date '2023-01-01', date '2023-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (53, 2, null, 'arrivals by year: 2023', 29, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (35, 29, 53, 196, 196, 196, 'EXACT', '196', true, false, 'men 32, women 164');

-- facts.md §2 '2024 236 (26/210)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (30, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2024', 'North Korean refugees who arrived in South Korea in 2024.', date '2024-01-01', date '2024-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (54, 2, null, 'arrivals by year: 2024', 30, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (36, 30, 54, 236, 236, 236, 'EXACT', '236', true, false, 'men 26, women 210');

-- facts.md §2 '2025 = 223 (spnews) vs 224 (JoongAng Daily, 2026-01-20)'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (31, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, 2025', 'North Korean refugees who arrived in South Korea in 2025.', date '2025-01-01', date '2025-12-31', 'YEAR',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (55, 7, null, null, 31, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (37, 31, 55, 223, 223, 223, 'EXACT', '223', true, false, 'Preferred as the more conservative of two reports (223 by spnews, 224 by JoongAng Daily); no Ministry of Unification figure in facts.md.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (56, 8, null, null, 31, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (38, 31, 56, 224, 224, 224, 'EXACT', '224', false, true, 'JoongAng Daily (2026-01-20) gives 224; spnews gives 223.');

-- facts.md §1 'a mere two people in the second quarter of 2021' (part of the 2021 yearly event, id 27)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (32, 'RESETTLEMENT', 'CARRIED_OUT', 'Arrivals of North Korean refugees in South Korea, second quarter of 2021', 'Only two North Koreans were resettled in South Korea in the second quarter of 2021. Already counted in the 2021 yearly arrivals.', date '2021-04-01', date '2021-06-30', 'QUARTER',
     (select id from country where alpha3 = 'KOR'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'KOR'), null, 27);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (57, 1, 'In the second quarter of 2021, a mere two people were resettled in the South.', null, 32, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (39, 32, 57, 2, 2, 2, 'EXACT', 'a mere two people', true, false, null);

-- ---------------------------------------------------------------------  facts.md section 3 (reported elsewhere)

-- facts.md §3 '2012-02: China returned 41 despite EU and South Korean pressure'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (33, 'DEPORTATION', 'CARRIED_OUT', 'China returns 41 North Koreans despite EU and South Korean pressure', 'In February 2012 China returned 41 North Koreans to North Korea despite pressure from the EU and South Korea.', date '2012-02-01', date '2012-02-29', 'MONTH',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (58, 28, '2012-02: China returned 41 despite EU and South Korean pressure', 'facts.md section 3', 33, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (40, 33, 58, 41, 41, 41, 'EXACT', '41', true, false, 'Primary source not yet identified.');

-- facts.md §3 '2013-05, Laos: 9 young people detained in Oudomxay and handed over (ages 14-18 per the Lao
-- foreign ministry, 15-23 elsewhere)' (RFA 2013-05-28, LA Times 2013-06-02)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (34, 'DEPORTATION', 'CARRIED_OUT', 'Laos hands over nine young North Koreans detained in Oudomxay', 'Nine young North Koreans detained in Oudomxay, Laos, were handed over and returned to North Korea in May 2013. Their ages are given as 14 to 18 by the Lao foreign ministry and as 15 to 23 elsewhere.', date '2013-05-01', date '2013-05-31', 'MONTH',
     (select id from country where alpha3 = 'LAO'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 4, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (59, 10, null, null, 34, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (60, 11, null, null, 34, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (41, 34, 59, 9, 9, 9, 'EXACT', '9', true, false, 'Young people: ages 14-18 per the Lao foreign ministry, 15-23 elsewhere.');

-- facts.md §3 '2014-08: China returned 29, including a one-year-old' (UPI 2015-07-15)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (35, 'DEPORTATION', 'CARRIED_OUT', 'China returns 29 North Koreans, including a one-year-old', 'In August 2014 China returned 29 North Koreans, among them a one-year-old child.', date '2014-08-01', date '2014-08-31', 'MONTH',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (61, 12, null, null, 35, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (42, 35, 61, 29, 29, 29, 'EXACT', '29', true, false, 'Including a one-year-old.');

-- facts.md §3 '2015-10-22..24, Vietnam: 9 detained at Mong Cai, handed to Chinese police at Dongxing'
-- (VICE 2015-12-02; UPI 2015-11-18)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (36, 'DEPORTATION', 'CARRIED_OUT', 'Vietnam hands nine North Koreans detained at Mong Cai to Chinese police', 'Between 22 and 24 October 2015 nine North Koreans were detained at Mong Cai, Vietnam, and handed to Chinese police at Dongxing.', date '2015-10-22', date '2015-10-24', 'DAY',
     (select id from country where alpha3 = 'VNM'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'CHN'), 2, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (62, 13, null, null, 36, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (63, 14, null, null, 36, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (43, 36, 62, 9, 9, 9, 'EXACT', '9', true, false, null);

-- facts.md §3 '2019-04, Vietnam: 3 detained and sent back to China' (JoongAng Daily 2019-04-04)
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (37, 'DEPORTATION', 'CARRIED_OUT', 'Vietnam sends three detained North Koreans back to China', 'In April 2019 Vietnam detained three North Koreans and sent them back to China.', date '2019-04-01', date '2019-04-30', 'MONTH',
     (select id from country where alpha3 = 'VNM'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'CHN'), 2, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (64, 15, null, null, 37, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (44, 37, 64, 3, 3, 3, 'EXACT', '3', true, false, null);

-- facts.md §3 '2019-11-23..29, Lang Son, Vietnam: group of 14 (Korea Herald) vs 11 (Reuters): a conflict.'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (38, 'ARREST', 'CARRIED_OUT', 'Group of North Koreans arrested in Lang Son, Vietnam', 'Between 23 and 29 November 2019 a group of North Koreans was arrested in Lang Son, Vietnam. Reuters reports 11, the Korea Herald 14; what became of them is not in the sources read.', date '2019-11-23', date '2019-11-29', 'DAY',
     (select id from country where alpha3 = 'VNM'), (select id from country where alpha3 = 'PRK'), null, 2, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (65, 16, null, null, 38, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (66, 17, null, null, 38, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (45, 38, 66, 11, 11, 11, 'EXACT', '11', true, false, 'Preferred as the more conservative figure; the Korea Herald gives 14.');
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (46, 38, 65, 14, 14, 14, 'EXACT', '14', false, true, 'The Korea Herald gives 14; Reuters gives 11.');

-- facts.md §3 '2023: 80 returned 08-29'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (39, 'DEPORTATION', 'CARRIED_OUT', 'China returns 80 North Koreans', 'On 29 August 2023 China returned 80 North Koreans to North Korea.', date '2023-08-29', date '2023-08-29', 'DAY',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (67, 28, '2023: 80 returned 08-29, 40 on 09-18', 'facts.md section 3', 39, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (47, 39, 67, 80, 80, 80, 'EXACT', '80', true, false, 'Primary source not yet identified.');

-- facts.md §3 '2023: ... 40 on 09-18'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (40, 'DEPORTATION', 'CARRIED_OUT', 'China returns 40 North Koreans', 'On 18 September 2023 China returned 40 North Koreans to North Korea.', date '2023-09-18', date '2023-09-18', 'DAY',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (68, 28, '2023: 80 returned 08-29, 40 on 09-18', 'facts.md section 3', 40, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (48, 40, 68, 40, 40, 40, 'EXACT', '40', true, false, 'Primary source not yet identified.');

-- facts.md §3 'on 2023-10-09 more than 500 (Human Rights Watch) or about 600 (Justice for North Korea)
-- via Dandong, Hunchun, Tumen, Nanping, Changbai'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (41, 'DEPORTATION', 'CARRIED_OUT', 'China forcibly returns more than 500 North Koreans in one night', 'On 9 October 2023 China forcibly returned more than 500 North Koreans (Human Rights Watch; about 600 according to Justice for North Korea) through the border crossings at Dandong, Hunchun, Tumen, Nanping and Changbai.', date '2023-10-09', date '2023-10-09', 'DAY',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (69, 19, null, null, 41, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (70, 20, null, null, 41, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (49, 41, 69, 500, 500, null, 'AT_LEAST', 'more than 500', true, false, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (50, 41, 70, 600, null, null, 'APPROXIMATE', 'about 600', false, true, 'Justice for North Korea gives about 600; Human Rights Watch more than 500.');

-- facts.md §3 '2024-04-26: about 60 returned (Human Rights Watch); Chosun: 50-60, possibly 100-200.'
insert into event (id, kind, status, title, summary, date_start, date_end, date_precision, location_id, origin_id, destination_id, perpetrator_id, part_of_id) values
    (42, 'DEPORTATION', 'CARRIED_OUT', 'China returns about 60 North Koreans', 'On 26 April 2024 China returned about 60 North Koreans to North Korea (Human Rights Watch); the Chosun Ilbo reported 50 to 60, possibly 100 to 200.', date '2024-04-26', date '2024-04-26', 'DAY',
     (select id from country where alpha3 = 'CHN'), (select id from country where alpha3 = 'PRK'), (select id from country where alpha3 = 'PRK'), 1, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (71, 21, null, null, 42, null, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (72, 22, null, null, 42, null, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (51, 42, 71, 60, null, null, 'APPROXIMATE', 'about 60', true, false, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (52, 42, 72, null, 50, 60, 'RANGE', '50-60', false, false, null);
insert into count_claim (id, event_id, citation_id, best, low, high, qualifier, text, preferred, disputed, note) values (53, 42, 72, null, 100, 200, 'RANGE', 'possibly 100-200', false, true, 'The Chosun Ilbo''s higher, hedged estimate; Human Rights Watch gives about 60.');

-- =====================================================================  interventions, targets, citations

-- facts.md §1 'American diplomats saved 13 defectors after protesting plans for their deportation in 2020'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (1, 'DIPLOMATIC_PROTEST', 'U.S. diplomats protest planned deportation of 13 North Koreans', 'American diplomats protested plans to deport 13 North Korean defectors and saved them.', date '2020-01-01', date '2020-12-31', 'YEAR', 6);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (1, 1, 6, 'PREVENTED', 13, 13, 13, 'EXACT', '13 defectors', 'The 13 defectors were saved.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (73, 1, 'American diplomats saved 13 defectors after protesting plans for their deportation in 2020.', null, null, 1, null);

-- facts.md §1 'Human rights organizations based in the EU saved 20 more defectors in Vietnam'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (2, 'ADVOCACY', 'EU-based human rights organizations stop deportation of 20 North Koreans from Vietnam', 'Human rights organizations based in the EU saved 20 North Korean defectors in Vietnam who were scheduled to be deported.', date '2020-01-01', date '2020-12-31', 'YEAR', 7);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (2, 2, 7, 'PREVENTED', 20, 20, 20, 'EXACT', '20 more defectors', 'The 20 defectors were saved.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (74, 1, 'Human rights organizations based in the EU saved 20 more defectors in Vietnam scheduled to be deported last year.', null, null, 2, null);

-- facts.md §3 'European Parliament resolution of 2012-05-24 (P7_TA(2012)0229): an intervention that FAILED'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (3, 'LEGISLATIVE_ACTION', 'European Parliament resolution on North Korean refugees', 'The European Parliament adopted resolution P7_TA(2012)0229 on North Korean refugees after China returned 41 North Koreans in February 2012.', date '2012-05-24', date '2012-05-24', 'DAY', 9);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (3, 3, 33, 'FAILED', null, null, null, null, null, 'China returned the 41 despite EU and South Korean pressure (facts.md section 3).');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (75, 9, null, 'P7_TA(2012)0229', null, 3, null);

-- facts.md §3 '2013-05, Laos: ... the South Korean embassy's request for custody FAILED'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (4, 'DIPLOMATIC_PROTEST', 'South Korean embassy in Laos requests custody of nine North Koreans', 'The South Korean embassy in Laos asked for custody of the nine young North Koreans detained in Oudomxay; they were handed over to North Korea instead.', date '2013-05-01', date '2013-05-31', 'MONTH', 10);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (4, 4, 34, 'FAILED', null, null, null, null, null, 'The nine were handed over despite the request (facts.md section 3).');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (76, 10, null, null, null, 4, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (77, 11, null, null, null, 4, null);

-- facts.md §3 '2013-05, Laos: ... OHCHR statement (RFA 2013-05-28, LA Times 2013-06-02)'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (5, 'PUBLIC_STATEMENT', 'OHCHR statement on the nine North Koreans returned from Laos', 'The Office of the UN High Commissioner for Human Rights issued a statement on the nine young North Koreans handed over by Laos. The exact date is not in facts.md; the reports are of 28 May and 2 June 2013.', date '2013-04-01', date '2013-06-30', 'QUARTER', 11);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (5, 5, 34, 'FAILED', null, null, null, null, null, 'The nine were returned to North Korea.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (78, 10, null, null, null, 5, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (79, 11, null, null, null, 5, null);

-- facts.md §3 '2014-08: ... the UN Committee against Torture asked China to explain (UPI 2015-07-15)'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (6, 'UN_ACTION', 'UN Committee against Torture asks China to explain the return of 29 North Koreans', 'The UN Committee against Torture asked China to explain its August 2014 return of 29 North Koreans, including a one-year-old (reported by UPI on 15 July 2015).', date '2015-07-01', date '2015-07-31', 'MONTH', 12);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (6, 6, 35, 'UNKNOWN', null, null, null, null, null, 'facts.md does not say what came of the request.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (80, 12, null, null, null, 6, null);

-- facts.md §3 '2021-07-14: ... the US State Department said it was "particularly concerned" (an intervention that FAILED)'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (7, 'PUBLIC_STATEMENT', 'U.S. State Department "particularly concerned" about returns from China', 'The U.S. Department of State said it was "particularly concerned" about China''s forced return of about 50 North Koreans in July 2021.', date '2021-07-01', date '2021-07-31', 'MONTH', 13);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (7, 7, 1, 'FAILED', null, null, null, null, null, 'The deportation went ahead (facts.md section 3).');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (81, 18, 'particularly concerned', null, null, 7, null);

-- facts.md §3 'South Korea's prime minister raised it with Xi 2023-09-23'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (8, 'DIPLOMATIC_PROTEST', 'South Korean prime minister raises forced returns with Xi Jinping', 'South Korea''s prime minister raised China''s forced return of North Koreans with Xi Jinping on 23 September 2023.', date '2023-09-23', date '2023-09-23', 'DAY', 14);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (8, 8, 41, 'FAILED', null, null, null, null, null, 'China went on to return more than 500 North Koreans on 2023-10-09 (facts.md section 3).');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (82, 27, null, null, null, 8, null);

-- facts.md §3 'the Ministry of Unification protested 2023-10-13'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (9, 'DIPLOMATIC_PROTEST', 'Ministry of Unification protests China''s forced returns', 'South Korea''s Ministry of Unification protested China''s forced return of North Koreans on 13 October 2023.', date '2023-10-13', date '2023-10-13', 'DAY', 15);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (9, 9, 41, 'FAILED', null, null, null, null, null, 'An intervention that FAILED per facts.md section 3; the protest followed the returns of 2023-10-09.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (83, 26, null, null, null, 9, null);

-- facts.md §3 'UN experts' press release 2023-10-17'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (10, 'PUBLIC_STATEMENT', 'UN human rights experts'' press release on China''s forced returns of North Koreans', 'UN human rights experts issued a press release on 17 October 2023 about China''s forced return of North Koreans.', date '2023-10-17', date '2023-10-17', 'DAY', 16);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (10, 10, 41, 'FAILED', null, null, null, null, null, 'An intervention that FAILED per facts.md section 3.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (84, 24, null, null, null, 10, null);

-- facts.md §3 'a bipartisan US congressional letter 2023-12-07'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (11, 'ADVOCACY', 'Bipartisan U.S. congressional letter on China''s forced returns of North Koreans', 'A bipartisan group of U.S. members of Congress wrote a letter on 7 December 2023 about China''s forced return of North Koreans.', date '2023-12-07', date '2023-12-07', 'DAY', 17);
insert into intervention_target (id, intervention_id, event_id, outcome, protected_best, protected_low, protected_high, protected_qualifier, protected_text, note) values (11, 11, 41, 'FAILED', null, null, null, null, null, 'An intervention that FAILED per facts.md section 3.');
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (85, 25, null, null, null, 11, null);

-- facts.md §1 '2014 U.N. Commission of Inquiry (report A/HRC/25/63, 2014-02-07)'
insert into intervention (id, kind, title, summary, date_start, date_end, date_precision, actor_id) values
    (12, 'UN_ACTION', 'UN Commission of Inquiry reports on the fate of North Koreans returned from abroad', 'The UN Commission of Inquiry on Human Rights in the DPRK found that most of those returned are sent to prison camps, ordinary or political, and face torture, malnourishment and forced labour. No single event is targeted.', date '2014-02-07', date '2014-02-07', 'DAY', 18);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (86, 23, null, 'A/HRC/25/63', null, 12, null);
insert into citation (id, source_id, quote, locator, event_id, intervention_id, treaty_participation_id) values (87, 1, 'A 2014 report from the United Nations Commission of Inquiry (COI) found that most of those returned are thrown into prison camps, ordinary or political, where they will most likely be subject to torture, malnourishment and forced labor.', null, null, 12, null);

-- =====================================================================  identities
-- Rows above use explicit ids: move each identity past them so later inserts don't collide.
do $$ begin
    perform setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
    perform setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor));
    perform setval(pg_get_serial_sequence('treaty', 'id'), (select max(id) from treaty));
    perform setval(pg_get_serial_sequence('treaty_participation', 'id'), (select max(id) from treaty_participation));
    perform setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
    perform setval(pg_get_serial_sequence('citation', 'id'), (select max(id) from citation));
    perform setval(pg_get_serial_sequence('count_claim', 'id'), (select max(id) from count_claim));
    perform setval(pg_get_serial_sequence('intervention', 'id'), (select max(id) from intervention));
    perform setval(pg_get_serial_sequence('intervention_target', 'id'), (select max(id) from intervention_target));
end $$;
