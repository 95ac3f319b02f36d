-- purpose: how many label corrections were made on the feedback rows of one upload (undo report)
-- grain: one row (n)
-- params: $batch_id
SELECT count(*) AS n
FROM label_corrections
WHERE feedback_key IN (SELECT feedback_key FROM feedback WHERE batch_id = $batch_id);
