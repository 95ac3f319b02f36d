-- purpose: a few non-blank values of one date column, to pick a candidate strptime format
-- grain: one row per value, at most $limit
-- params: $limit; identifiers (quoted by gema.core.sql): table, col
SELECT trim({{ident:col}}) AS v
FROM {{ident:table}}
WHERE {{ident:col}} IS NOT NULL AND NOT gema_blank({{ident:col}})
LIMIT $limit;
