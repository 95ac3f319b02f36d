-- purpose: how many non-blank values of one date column the plain strptime formats do NOT read (0 = the column can skip the general gema_ts parser)
-- grain: one row
-- params: $fmts (local-time strptime formats), $utc (UTC formats); template parts <table>, <col> (quoted identifiers)
SELECT count(*) AS misses
FROM {table}
WHERE {col} IS NOT NULL
  AND coalesce(try_strptime(trim({col}), $fmts), try_strptime(trim({col}), $utc)) IS NULL
  AND NOT gema_blank({col});
