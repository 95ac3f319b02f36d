-- purpose: staged posts that are duplicates: same platform + post id (or url when there is no id) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, platform, post_id, url
    FROM ingest_stage
    WHERE NOT _bad AND (post_id IS NOT NULL OR url IS NOT NULL)
),
-- keys met more than once first (few): the window then numbers only their rows, not every row
twice AS (
    SELECT platform, post_id, CASE WHEN post_id IS NULL THEN url END AS u
    FROM s
    GROUP BY ALL
    HAVING count(*) > 1
)
SELECT _row
FROM (
    SELECT s._row,
           row_number() OVER (
               PARTITION BY s.platform, s.post_id, CASE WHEN s.post_id IS NULL THEN s.url END
               ORDER BY s._row
           ) AS n
    FROM s
    SEMI JOIN twice k
      ON k.platform IS NOT DISTINCT FROM s.platform
     AND k.post_id IS NOT DISTINCT FROM s.post_id
     AND k.u IS NOT DISTINCT FROM (CASE WHEN s.post_id IS NULL THEN s.url END)
)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.post_id = s.post_id
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.url = s.url;
