-- 170: the period named in an SKM recap cell, as a macro (issue 15: it was a 40-line CASE
-- assembled in gema/ingest/skm.py). 'Semester I 2024', 'Semester 2 Tahun 2024', '2024-S1',
-- 'S2 2024', 'Triwulan III 2024', 'TW 3 2024', 'Q3 2024', 'Tahun 2024', '2024', 'Juli 2024', and
-- a sheet or period named with one year and a tag ('2022 C', 'Rekap 2021'): that year.
-- gema_skm_period(v) → {'s': first day, 'e': last day, 'l': the period as written} or NULL
-- (blank, or not a period: the user sets period_start/period_end instead).

-- the cell in lower case, every run of other characters one space ('2024-S1' → '2024 s1')
CREATE OR REPLACE MACRO gema__period_norm(v) AS
    trim(regexp_replace(lower(v), '[^a-z0-9]+', ' ', 'g'));

-- 'i'..'iv' or a digit → 1..4
CREATE OR REPLACE MACRO gema__roman(p) AS
    CASE p WHEN 'i' THEN 1 WHEN 'ii' THEN 2 WHEN 'iii' THEN 3 WHEN 'iv' THEN 4
           ELSE TRY_CAST(p AS INTEGER) END;

-- the shapes a normalised period takes; each gives '' parts when it does not match
CREATE OR REPLACE MACRO gema__period_sem(n) AS
    regexp_extract(n, '^(?:semester|smt|sem|s) ?(i|ii|1|2) (?:tahun |th )?(\d{4})$', ['p', 'y']);
CREATE OR REPLACE MACRO gema__period_sem2(n) AS
    regexp_extract(n, '^(\d{4}) (?:semester|smt|sem|s) ?(i|ii|1|2)$', ['y', 'p']);
CREATE OR REPLACE MACRO gema__period_tw(n) AS
    regexp_extract(n, '^(?:triwulan|tw|kuartal|q) ?(i|ii|iii|iv|[1-4]) (?:tahun |th )?(\d{4})$', ['p', 'y']);
CREATE OR REPLACE MACRO gema__period_year(n) AS
    regexp_extract(n, '^(?:tahun |th )?(\d{4})$', 1);
CREATE OR REPLACE MACRO gema__period_month(n) AS
    regexp_extract(n, '^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember) (\d{4})$', ['m', 'y']);
CREATE OR REPLACE MACRO gema__period_year_any(n) AS
    regexp_extract(n, '^(?:(?:rekap|rekapitulasi|periode|data|ikm|skm) )*((?:19|20)\d{2})(?: [a-z0-9]{1,12})?$', 1);

-- first day of part p (a struct with .y and .p) of a year cut in parts of `months` months
CREATE OR REPLACE MACRO gema__part_start(x, months) AS
    make_date(CAST(x.y AS INTEGER), 1 + months * (gema__roman(x.p) - 1), 1);

-- the period from `start`, `months` long; 'l' keeps the period as written (issue 11)
CREATE OR REPLACE MACRO gema__period_span(start, months, v) AS
    {'s': start, 'e': CAST(start + INTERVAL (months) MONTH - INTERVAL 1 DAY AS DATE), 'l': trim(v)};

CREATE OR REPLACE MACRO gema_skm_period(v) AS
    CASE
        WHEN gema_blank(v) THEN NULL
        WHEN gema__period_sem(gema__period_norm(v)).y <> ''
            THEN gema__period_span(gema__part_start(gema__period_sem(gema__period_norm(v)), 6), 6, v)
        WHEN gema__period_sem2(gema__period_norm(v)).y <> ''
            THEN gema__period_span(gema__part_start(gema__period_sem2(gema__period_norm(v)), 6), 6, v)
        WHEN gema__period_tw(gema__period_norm(v)).y <> ''
             AND gema__roman(gema__period_tw(gema__period_norm(v)).p) BETWEEN 1 AND 4
            THEN gema__period_span(gema__part_start(gema__period_tw(gema__period_norm(v)), 3), 3, v)
        WHEN gema__period_year(gema__period_norm(v)) <> ''
            THEN gema__period_span(
                make_date(CAST(gema__period_year(gema__period_norm(v)) AS INTEGER), 1, 1), 12, v)
        WHEN gema__period_month(gema__period_norm(v)).y <> ''
            THEN gema__period_span(
                make_date(
                    CAST(gema__period_month(gema__period_norm(v)).y AS INTEGER),
                    list_position(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli',
                                   'agustus', 'september', 'oktober', 'november', 'desember'],
                                  gema__period_month(gema__period_norm(v)).m),
                    1),
                1, v)
        WHEN gema__period_year_any(gema__period_norm(v)) <> ''
            THEN gema__period_span(
                make_date(CAST(gema__period_year_any(gema__period_norm(v)) AS INTEGER), 1, 1), 12, v)
    END;
