-- purpose: insert the valid, non-duplicate staged agenda events of one upload
-- grain: one events row per staged row of TEMP view ingest_valid
-- params: $batch_id $user
INSERT INTO events (date, title, kabkota, kind, note, batch_id, created_by, extra)
SELECT date, title, kabkota, coalesce(kind, 'lainnya'), note, $batch_id, $user, extra
FROM ingest_valid;
