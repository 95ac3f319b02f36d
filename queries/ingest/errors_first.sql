-- purpose: the first row errors of an upload, in file order, for messages
-- grain: one row per (source row, field, problem), at most $limit
-- params: $limit
SELECT _row, ord, field, problem, value
FROM ingest_errors
ORDER BY _row, ord, problem
LIMIT $limit;
