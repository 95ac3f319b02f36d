-- purpose: a few non-blank values of one date column, to pick a candidate strptime format
-- grain: one row per value, at most $limit
-- params: $limit; template parts <table>, <col> (quoted identifiers)
SELECT trim({col}) AS v
FROM {table}
WHERE {col} IS NOT NULL AND NOT gema_blank({col})
LIMIT $limit;
