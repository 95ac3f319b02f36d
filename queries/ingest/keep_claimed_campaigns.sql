-- purpose: undo, first step: hand every campaigns row of the batch being undone that another live
--          upload also delivered (batch_claims) over to the earliest such upload, so the delete
--          that follows keeps it
-- grain: updates the claimed campaigns rows of one batch; returns one row per row kept
-- params: $batch_id
UPDATE campaigns AS t
SET batch_id = o.owner
FROM (
    SELECT c.row_key, min(c.batch_id) AS owner
    FROM batch_claims c
    JOIN import_batches b ON b.batch_id = c.batch_id
    WHERE c.tbl = 'campaigns' AND b.status = 'loaded' AND c.batch_id <> $batch_id
    GROUP BY c.row_key
) AS o
WHERE t.campaign_id = o.row_key AND t.batch_id = $batch_id
RETURNING t.campaign_id;
