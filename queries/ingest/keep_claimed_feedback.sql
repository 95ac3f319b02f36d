-- purpose: undo, first step: hand every feedback row of the batch being undone that another live
--          upload also delivered (batch_claims) over to the earliest such upload, so the delete
--          that follows keeps it
-- grain: updates the claimed feedback rows of one batch (and SKM saran of claimed questionnaires); returns one row per row kept
-- params: $batch_id
UPDATE feedback AS t
SET batch_id = o.owner
FROM (
    SELECT row_key, min(owner) AS owner
    FROM (
        SELECT c.row_key, c.batch_id AS owner
        FROM batch_claims c
        JOIN import_batches b ON b.batch_id = c.batch_id
        WHERE c.tbl = 'feedback' AND b.status = 'loaded' AND c.batch_id <> $batch_id
        UNION ALL  -- an SKM saran copied into feedback goes with its claimed questionnaire
        SELECT f.feedback_key, c.batch_id
        FROM batch_claims c
        JOIN import_batches b ON b.batch_id = c.batch_id
        JOIN feedback f
          ON f.batch_id = $batch_id
         AND TRY_CAST(json_extract_string(f.extra, '$.skm_response_key') AS BIGINT) = c.row_key
        WHERE c.tbl = 'skm_responses' AND b.status = 'loaded' AND c.batch_id <> $batch_id
    )
    GROUP BY row_key
) AS o
WHERE t.feedback_key = o.row_key AND t.batch_id = $batch_id
RETURNING t.feedback_key;
