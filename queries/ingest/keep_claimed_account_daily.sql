-- purpose: undo, first step: hand every account_daily row of the batch being undone that another
--          live upload also delivered (batch_claims) over to the earliest such upload, so the
--          delete that follows keeps it
-- grain: updates the claimed account-day rows of one batch; returns one row per row kept
-- params: $batch_id
UPDATE account_daily AS t
SET batch_id = o.owner
FROM (
    SELECT c.row_key, min(c.batch_id) AS owner
    FROM batch_claims c
    JOIN import_batches b ON b.batch_id = c.batch_id
    WHERE c.tbl = 'account_daily' AND b.status = 'loaded' AND c.batch_id <> $batch_id
    GROUP BY c.row_key
) AS o
WHERE (hash(t.platform, t.account, t.date) % 9223372036854775807)::BIGINT = o.row_key
  AND t.batch_id = $batch_id
RETURNING t.date;
