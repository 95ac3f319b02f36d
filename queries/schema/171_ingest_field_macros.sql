-- 171: the value types of the importer as macros (issue 15: their SQL was spelled out in
-- gema/ingest/fields.py, account_daily.py and pipeline.py). A field type's expression is now one
-- call: gema_parse_<type>(raw VARCHAR[, dayfirst]) → the typed value, NULL when blank or invalid;
-- gema_wrong_<type>(typed) → TRUE for a value that parsed but cannot be right.

-- counts and amounts of money: whole numbers ('1.234', '1,2 rb' via gema_num), rounded
CREATE OR REPLACE MACRO gema_parse_count(v) AS TRY_CAST(round(gema_num(v)) AS BIGINT);
CREATE OR REPLACE MACRO gema_wrong_count(t) AS t < 0;

-- a calendar date (the time of day dropped) in the column's day/month order
CREATE OR REPLACE MACRO gema_parse_date(v, dayfirst) AS CAST(gema_ts(v, dayfirst) AS DATE);

-- the fast path for a date column whose every value fits one strptime format (chosen in
-- gema/ingest/dates.py); a format that states UTC is shifted to WIB (UTC+7) as gema_ts does
CREATE OR REPLACE MACRO gema_ts_format(v, fmt) AS try_strptime(trim(v), fmt);
CREATE OR REPLACE MACRO gema_ts_format_utc(v, fmt) AS (try_strptime(trim(v), fmt) + INTERVAL 7 HOUR);
CREATE OR REPLACE MACRO gema_date_format(v, fmt) AS CAST(gema_ts_format(v, fmt) AS DATE);
CREATE OR REPLACE MACRO gema_date_format_utc(v, fmt) AS CAST(gema_ts_format_utc(v, fmt) AS DATE);

-- app-store stars / complaint ratings 1..5 ('4', '4,0', '4 bintang', '4/5'); issue 11
CREATE OR REPLACE MACRO gema_parse_rating(v) AS
    TRY_CAST(gema_num(regexp_replace(v, '(?i)\s*(bintang|stars?|/ ?5)\s*$', '')) AS DOUBLE);
CREATE OR REPLACE MACRO gema_wrong_rating(t) AS t < 1 OR t > 5;

-- the year of a daily account export that prints days without one (issue 14)
CREATE OR REPLACE MACRO gema_parse_year(v) AS
    CASE WHEN TRY_CAST(gema_num(v) AS INTEGER) BETWEEN 2000 AND 2100
         THEN TRY_CAST(gema_num(v) AS INTEGER) END;

-- a change in a count, which may be negative (follower gains and losses)
CREATE OR REPLACE MACRO gema_parse_signed_count(v) AS TRY_CAST(round(gema_num(v)) AS BIGINT);
