-- purpose: staged posts that are duplicates: same platform + post id (or url when there is no id) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, platform, post_id, url
    FROM ingest_stage
    WHERE NOT _bad AND (post_id IS NOT NULL OR url IS NOT NULL)
)
SELECT _row
FROM (
    SELECT _row,
           row_number() OVER (
               PARTITION BY platform, post_id, CASE WHEN post_id IS NULL THEN url END
               ORDER BY _row
           ) AS n
    FROM s
)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.post_id = s.post_id
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.url = s.url;
