-- purpose: how many non-blank values of one date column a single strptime format does NOT read (0 = the column can skip the general gema_ts parser)
-- grain: one row
-- params: $fmt (one strptime format); template parts <table>, <col> (quoted identifiers)
SELECT count(*) AS misses
FROM {table}
WHERE {col} IS NOT NULL
  AND try_strptime(trim({col}), $fmt) IS NULL
  AND NOT gema_blank({col});
