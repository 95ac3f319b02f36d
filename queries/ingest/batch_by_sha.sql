-- purpose: the loaded (not undone) batch of a file with this sha256, to refuse the same file twice
-- grain: at most one import_batches row, the earliest
-- params: $sha256
SELECT batch_id, kind, file_name, imported_at, imported_by
FROM import_batches
WHERE sha256 = $sha256 AND status = 'loaded'
ORDER BY batch_id
LIMIT 1;
