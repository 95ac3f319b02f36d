-- purpose: staged events that are duplicates: same date, title (case-insensitive) and kab/kota
--          earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, date, lower(title) AS t, coalesce(kabkota, '') AS k
    FROM ingest_stage WHERE NOT _bad AND title IS NOT NULL AND date IS NOT NULL
)
SELECT _row
FROM (SELECT _row, row_number() OVER (PARTITION BY date, t, k ORDER BY _row) AS n FROM s)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN events e
    ON e.date = s.date AND lower(e.title) = s.t AND coalesce(e.kabkota, '') = s.k;
