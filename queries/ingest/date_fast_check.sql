-- purpose: how many non-blank values of one date column a single strptime format does NOT read
--          (0 = the column can skip the general gema_ts parser), and how many values DuckDB's
--          cast to TIMESTAMP reads differently from that format (0 = the stage may cast in
--          place, gema_ts_iso, migrations 211 and 241); one pass over the column
-- grain: one row
-- params: $fmt (one strptime format); identifiers (quoted by gema.core.sql): table, col
SELECT count(*) FILTER (WHERE parsed IS NULL AND NOT gema_blank(v)) AS misses,
       count(*) FILTER (WHERE cast_to IS DISTINCT FROM parsed) AS cast_differs
FROM (
    SELECT v, try_strptime(t, $fmt) AS parsed, TRY_CAST(t AS TIMESTAMP) AS cast_to
    FROM (
        SELECT {{ident:col}} AS v, gema_trimmed({{ident:col}}) AS t  -- trim(v), migration 241
        FROM {{ident:table}}
        WHERE {{ident:col}} IS NOT NULL
    )
);
