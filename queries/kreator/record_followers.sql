-- purpose: record the follower counts of one accounts upload as a dated snapshot, for every
--          valid row, including accounts already stored (their row is a duplicate, but the
--          count is news); dated by the file's 'per tanggal' column, else the upload date (WIB)
-- grain:   one account_followers row per (platform, handle) of the upload with a count
-- params:  $batch_id (reads TEMP table ingest_stage; runs in the load transaction)
INSERT INTO account_followers (platform, handle, as_of, followers, batch_id)
SELECT platform, handle,
       coalesce(as_of, CAST(current_timestamp AT TIME ZONE 'Asia/Jakarta' AS DATE)),
       followers, $batch_id
FROM (
    SELECT platform, handle, as_of, followers,
           row_number() OVER (PARTITION BY platform, handle, as_of ORDER BY _row) AS n
    FROM ingest_stage
    WHERE NOT _bad AND handle IS NOT NULL AND followers IS NOT NULL AND followers >= 0
)
WHERE n = 1;
