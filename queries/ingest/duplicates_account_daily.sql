-- purpose: staged account-day rows that are duplicates: the same platform + account + day earlier in the file, or already stored (overlapping exports never count a day twice)
-- grain: one row per duplicate staged row (_row); creates TEMP table ingest_dup
-- params: none (reads TEMP table ingest_stage; rows flagged _bad are rejected, not duplicates)
CREATE OR REPLACE TEMP TABLE ingest_dup AS
WITH s AS (
    SELECT _row, platform, account, gema_day_resolve("date", "year") AS day
    FROM ingest_stage
    WHERE NOT _bad
)
SELECT _row
FROM (
    SELECT _row, row_number() OVER (PARTITION BY platform, account, day ORDER BY _row) AS n
    FROM s
)
WHERE n > 1
UNION
SELECT s._row
FROM s
SEMI JOIN account_daily a
    ON a.platform = s.platform AND a.account = s.account AND a.date = s.day;
