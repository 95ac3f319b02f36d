-- purpose: staged feedback rows that are duplicates: same channel + feedback id (tweet id, ticket) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, channel, feedback_id, hash(channel, feedback_id) AS h
    FROM ingest_stage
    WHERE NOT _bad AND feedback_id IS NOT NULL
),
-- hashes met more than once (few): the window numbers only their rows, by the exact key, instead
-- of sorting every row (as ingest/duplicates_posts)
twice AS (
    SELECT h
    FROM s
    GROUP BY h
    HAVING count(*) > 1
)
SELECT _row
FROM (
    SELECT s._row, row_number() OVER (PARTITION BY s.channel, s.feedback_id ORDER BY s._row) AS n
    FROM s
    SEMI JOIN twice k ON k.h = s.h
)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN feedback f ON f.channel = s.channel AND f.feedback_id = s.feedback_id;
