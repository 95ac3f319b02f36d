-- purpose: the data sources behind a report (the 'Tentang laporan' sheet): every loaded import
--          batch with its id, kind, file and row counts, so a figure can be traced to its upload
-- grain:   one row per loaded (not undone) import batch
-- params:  none
SELECT batch_id, kind, file_name, imported_by, imported_at, rows_loaded, is_demo
FROM import_batches
WHERE status = 'loaded'
ORDER BY batch_id;
