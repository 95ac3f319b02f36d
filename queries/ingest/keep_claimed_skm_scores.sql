-- purpose: undo, first step: the answers of a questionnaire another live upload also delivered
--          go with it to the earliest such upload (claims are kept per questionnaire)
-- grain: updates the claimed skm_scores rows of one batch; returns one row per answer kept
-- params: $batch_id
UPDATE skm_scores AS t
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
