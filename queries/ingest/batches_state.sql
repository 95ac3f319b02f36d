-- purpose: a fingerprint of the loaded batches: it changes with every load and every undo, so a
--          preview may reuse the duplicate rows it found for the same staged rows (the load
--          always finds them again, under the writer lock)
-- grain: one row
-- params: none
SELECT count(*) AS batches,
       coalesce(max(batch_id), 0) AS last_batch,
       count(*) FILTER (WHERE status = 'undone') AS undone
FROM import_batches;
