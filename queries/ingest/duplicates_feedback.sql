-- purpose: staged feedback rows that are duplicates: same channel + feedback id (tweet id, ticket) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP tables ingest_stage, ingest_rejected)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, channel, feedback_id
    FROM ingest_stage
    WHERE _row NOT IN (SELECT _row FROM ingest_rejected) AND feedback_id IS NOT NULL
),
repeated AS (
    SELECT _row
    FROM (SELECT _row, row_number() OVER (PARTITION BY channel, feedback_id ORDER BY _row) AS n FROM s)
    WHERE n > 1
),
stored AS (
    SELECT s._row
    FROM s
    JOIN (SELECT DISTINCT channel, feedback_id FROM feedback WHERE feedback_id IS NOT NULL) f
      ON f.channel = s.channel AND f.feedback_id = s.feedback_id
)
SELECT _row FROM repeated
UNION
SELECT _row FROM stored;
