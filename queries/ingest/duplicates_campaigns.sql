-- purpose: staged campaigns that are duplicates: same name (case-insensitive) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, lower(name) AS k FROM ingest_stage WHERE NOT _bad AND name IS NOT NULL
)
SELECT _row
FROM (SELECT _row, row_number() OVER (PARTITION BY k ORDER BY _row) AS n FROM s)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN campaigns c ON lower(c.name) = s.k;
