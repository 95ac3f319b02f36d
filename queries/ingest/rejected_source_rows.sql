-- purpose: the rejected source rows as the user sent them, for the rejected-rows download
-- grain: one row per rejected source row, at most $limit
-- params: $limit; identifiers (quoted by gema.core.sql): table (the reader's), cols (source columns)
SELECT _row, {{idents:cols}}
FROM {{ident:table}}
WHERE _row IN (SELECT _row FROM ingest_rejected)
ORDER BY _row
LIMIT $limit;
