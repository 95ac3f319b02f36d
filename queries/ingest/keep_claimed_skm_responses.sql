-- purpose: undo, first step: hand every questionnaire of the batch being undone that another
--          live upload also delivered (batch_claims) over to the earliest such upload
-- grain: updates the claimed skm_responses rows of one batch; returns one row per row kept
-- params: $batch_id
UPDATE skm_responses AS t
SET batch_id = o.owner
FROM (
    SELECT c.row_key, min(c.batch_id) AS owner
    FROM batch_claims c
    JOIN import_batches b ON b.batch_id = c.batch_id
    WHERE c.tbl = 'skm_responses' AND b.status = 'loaded' AND c.batch_id <> $batch_id
    GROUP BY c.row_key
) AS o
WHERE t.response_key = o.row_key AND t.batch_id = $batch_id
RETURNING t.response_key;
