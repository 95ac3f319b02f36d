-- purpose: the notes of one batch (JSON list), to append what a load found
-- grain:   one value
-- params:  $batch_id
SELECT CAST(notes AS VARCHAR) FROM import_batches WHERE batch_id = $batch_id;
