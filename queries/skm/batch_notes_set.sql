-- purpose: replace the notes of one batch (JSON list) in the load transaction
-- grain:   updates one import_batches row
-- params:  $batch_id, $notes (JSON text)
UPDATE import_batches SET notes = CAST($notes AS JSON) WHERE batch_id = $batch_id;
