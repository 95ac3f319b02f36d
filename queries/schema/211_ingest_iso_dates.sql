-- 211_ingest_iso_dates: the date fast path without a join (issue 17). When every value of a date
-- column reads with one ISO layout ('2024-07-01 13:45:00', '2024-07-01T13:45:00', '2024-07-01')
-- and DuckDB's own cast gives exactly what that strptime format gives (checked over the whole
-- column in the same pass, ingest/date_fast_check), the stage casts in place instead of parsing
-- into a table of its own and joining it back by row.
-- Grain: macros only. Params: none.
CREATE OR REPLACE MACRO gema_ts_iso(v) AS TRY_CAST(trim(v) AS TIMESTAMP);
CREATE OR REPLACE MACRO gema_date_iso(v) AS CAST(TRY_CAST(trim(v) AS TIMESTAMP) AS DATE);
