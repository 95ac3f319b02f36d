-- purpose: staged SKM rows that are duplicates: the same response id (when the upload has one)
--          for the same unit earlier in the file or already stored. Without a response id no
--          row is called a duplicate: two people may answer alike at the same second.
-- grain:   one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params:  none (reads TEMP tables ingest_stage, ingest_rejected)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, lower(trim(unit)) AS unit_key, response_id
    FROM ingest_stage
    WHERE _row NOT IN (SELECT _row FROM ingest_rejected) AND response_id IS NOT NULL
),
repeated AS (
    SELECT _row
    FROM (SELECT _row, row_number() OVER (PARTITION BY unit_key, response_id ORDER BY _row) AS n FROM s)
    WHERE n > 1
),
stored AS (
    SELECT s._row
    FROM s
    JOIN (SELECT DISTINCT lower(trim(unit)) AS unit_key, response_id FROM skm_responses
          WHERE response_id IS NOT NULL) r
      ON r.unit_key = s.unit_key AND r.response_id = s.response_id
)
SELECT _row FROM repeated
UNION
SELECT _row FROM stored;
