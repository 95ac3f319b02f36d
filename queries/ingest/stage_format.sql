-- purpose: staging, the date fast path: one date column read with the single strptime format
--          every value fits (gema/ingest/dates.py); a table of its own, because strptime needs
--          its format as a constant (a bound parameter here), which a view cannot hold
-- grain: one row per source row; creates a TEMP table named by the caller (_row, v)
-- params: $fmt; identifiers (quoted by gema.core.sql): args (the table), table (the reader's),
--         parse (gema_ts_format / gema_date_format, _utc: migration 171), col (source column)
CREATE OR REPLACE TEMP TABLE {{ident:args}} AS
SELECT r._row AS _row, {{ident:parse}}(r.{{ident:col}}, $fmt) AS v
FROM {{ident:table}} r;
