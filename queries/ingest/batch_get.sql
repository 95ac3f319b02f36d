-- purpose: one upload by id
-- grain: at most one import_batches row
-- params: $batch_id
SELECT * FROM import_batches WHERE batch_id = $batch_id;
