-- purpose: store the number of rows a load hook actually inserted for one batch
-- grain: updates one import_batches row
-- params: $batch_id, $rows_loaded
UPDATE import_batches SET rows_loaded = $rows_loaded WHERE batch_id = $batch_id;
