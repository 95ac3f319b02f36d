-- purpose: the problems of the first rejected rows, for the rejected-rows download
-- grain: one row per (source row, field, problem) of the first $limit rejected rows
-- params: $limit
SELECT e._row, e.field, e.problem
FROM ingest_errors e
WHERE e._row IN (SELECT _row FROM ingest_rejected ORDER BY _row LIMIT $limit)
ORDER BY e._row, e.ord, e.problem;
