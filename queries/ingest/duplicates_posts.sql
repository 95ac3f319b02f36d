-- purpose: staged posts that are duplicates: same platform + post id (or url when there is no id) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, platform, post_id, url,
           hash(platform, post_id, CASE WHEN post_id IS NULL THEN url END) AS h
    FROM ingest_stage
    WHERE NOT _bad AND (post_id IS NOT NULL OR url IS NOT NULL)
),
-- hashes met more than once first (few): equal keys have equal hashes, so every repeated key is
-- among their rows, and the window then numbers only those rows by the exact key. Grouping the
-- 8-byte hash instead of the text key: 2.83 -> 0.83 s at 10M rows (issue 17)
twice AS (
    SELECT h
    FROM s
    GROUP BY h
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
    SEMI JOIN twice k ON k.h = s.h
)
WHERE n > 1
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.post_id = s.post_id
UNION
SELECT s._row FROM s SEMI JOIN posts p ON p.platform = s.platform AND p.url = s.url;
