-- purpose: the staged rows a load inserts: neither rejected (_bad) nor duplicate
-- grain: one row per staged source row to load; creates TEMP view ingest_valid
-- params: none (reads TEMP tables ingest_stage, ingest_dup)
CREATE OR REPLACE TEMP VIEW ingest_valid AS
SELECT *
FROM ingest_stage
WHERE NOT _bad
  AND _row NOT IN (SELECT _row FROM ingest_dup);
