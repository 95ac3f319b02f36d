-- purpose: how many non-blank values of one date column a single strptime format does NOT read (0 = the column can skip the general gema_ts parser)
-- grain: one row
-- params: $fmt (one strptime format); identifiers (quoted by gema.core.sql): table, col
SELECT count(*) AS misses
FROM {{ident:table}}
WHERE {{ident:col}} IS NOT NULL
  AND try_strptime(trim({{ident:col}}), $fmt) IS NULL
  AND NOT gema_blank({{ident:col}});
