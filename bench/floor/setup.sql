-- Helper of the database floor (bench/floor/*.sql): PartialDate.text of refugee-graph in SQL
-- (2021-07-14, 2019-11-23..2019-11-29, 2019-12, 2021-Q2, 2020). One SQL expression, immutable:
-- PostgreSQL inlines it into the calling statement, so it costs what the expression costs.
create schema if not exists bench;

create or replace function bench.partial_date_text(start_date date, end_date date, date_precision text) returns text
    language sql immutable
as $$
    select case date_precision
               when 'DAY' then case when start_date = end_date then start_date::text
                                    else start_date::text || '..' || end_date::text end
               when 'MONTH' then to_char(start_date, 'YYYY-MM')
               when 'QUARTER' then to_char(start_date, 'YYYY') || '-Q' || extract(quarter from start_date)
               else to_char(start_date, 'YYYY')
           end
$$;
