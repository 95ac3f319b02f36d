-- Migration 241: trim(v) without its cost on the common value that needs none (issue 17).
--
-- DuckDB's trim copies every string it reads (0.047 s per million dates, a fifth of the ISO
-- date fast path). A value whose first and last characters are visible ASCII ('!'..'~') has
-- nothing to trim: no space, and no other Unicode space separator, which are never ASCII
-- except ' '. The first character is tested by comparing bytes (v >= '!' AND v < chr(127)),
-- the last by v[-1]; everything else still goes through trim. Same result as trim(v) for every
-- value, NULL included (tests/test_ingest_parse.py).
-- Grain: macros only. Params: none.

CREATE OR REPLACE MACRO gema_trimmed(v) AS
    CASE
        WHEN v >= '!' AND v < chr(127) AND v[-1] BETWEEN '!' AND '~' THEN v
        ELSE trim(v)
    END;

CREATE OR REPLACE MACRO gema_ts_iso(v) AS TRY_CAST(gema_trimmed(v) AS TIMESTAMP);
CREATE OR REPLACE MACRO gema_date_iso(v) AS CAST(TRY_CAST(gema_trimmed(v) AS TIMESTAMP) AS DATE);

-- the single-format fast path (migration 171) reads the same trimmed text
CREATE OR REPLACE MACRO gema_ts_format(v, fmt) AS try_strptime(gema_trimmed(v), fmt);
CREATE OR REPLACE MACRO gema_ts_format_utc(v, fmt) AS
    (try_strptime(gema_trimmed(v), fmt) + INTERVAL 7 HOUR);
CREATE OR REPLACE MACRO gema_date_format(v, fmt) AS CAST(gema_ts_format(v, fmt) AS DATE);
CREATE OR REPLACE MACRO gema_date_format_utc(v, fmt) AS CAST(gema_ts_format_utc(v, fmt) AS DATE);
