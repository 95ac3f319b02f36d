-- purpose: the rejected source rows as the user sent them, for the rejected-rows download
-- grain: one row per rejected source row, at most $limit
-- params: $limit; template parts <table>, <cols> (quoted source columns)
SELECT r._row, {cols}
FROM {table} r
WHERE r._row IN (SELECT _row FROM ingest_rejected)
ORDER BY r._row
LIMIT $limit;
