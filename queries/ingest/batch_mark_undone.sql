-- purpose: mark one upload as undone (its rows are deleted in the same transaction), with who and when
-- grain: updates one import_batches row
-- params: $batch_id, $user
UPDATE import_batches
SET status = 'undone', undone_by = $user, undone_at = current_timestamp
WHERE batch_id = $batch_id;
