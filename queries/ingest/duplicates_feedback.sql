-- purpose: staged feedback rows that are duplicates: same channel + feedback id (tweet id, ticket) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, channel, feedback_id
    FROM ingest_stage
    WHERE NOT _bad AND feedback_id IS NOT NULL
)
SELECT _row
FROM (SELECT _row, row_number() OVER (PARTITION BY channel, feedback_id ORDER BY _row) AS n FROM s)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN feedback f ON f.channel = s.channel AND f.feedback_id = s.feedback_id;
