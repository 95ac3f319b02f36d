-- purpose: staged posts that are duplicates: same platform + post id (or url when there is no id) earlier in the file, or already stored
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP tables ingest_stage, ingest_rejected)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, platform,
           'i' || post_id AS id_key,
           'u' || url AS url_key,
           coalesce('i' || post_id, 'u' || url) AS k
    FROM ingest_stage
    WHERE _row NOT IN (SELECT _row FROM ingest_rejected)
      AND coalesce(post_id, url) IS NOT NULL
),
existing AS (
    SELECT DISTINCT platform, 'i' || post_id AS k FROM posts WHERE post_id IS NOT NULL
    UNION
    SELECT DISTINCT platform, 'u' || url AS k FROM posts WHERE url IS NOT NULL
),
repeated AS (
    SELECT _row
    FROM (SELECT _row, row_number() OVER (PARTITION BY platform, k ORDER BY _row) AS n FROM s)
    WHERE n > 1
),
stored AS (
    SELECT s._row FROM s JOIN existing e ON e.platform = s.platform AND e.k = s.id_key
    UNION
    SELECT s._row FROM s JOIN existing e ON e.platform = s.platform AND e.k = s.url_key
)
SELECT _row FROM repeated
UNION
SELECT _row FROM stored;
