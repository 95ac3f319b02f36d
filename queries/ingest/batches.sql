-- purpose: the history of uploads, oldest first
-- grain: one row per import batch
-- params: none
SELECT batch_id, kind, file_name, sha256, imported_by, imported_at, rows_read, rows_loaded,
       rows_rejected, rows_duplicate, rows_summary, skip_invalid, is_demo, status, undone_by,
       undone_at, encoding, delimiter, mapping, constants, region_choices, notes
FROM import_batches
ORDER BY batch_id;
