-- purpose: the demo batches currently loaded (is_demo), so the demo is never loaded twice
-- grain:   one row per loaded demo batch
-- params:  none
SELECT batch_id, kind, file_name, imported_at, rows_loaded
FROM import_batches
WHERE is_demo AND status = 'loaded'
ORDER BY batch_id;
