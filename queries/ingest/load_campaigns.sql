-- purpose: insert the valid, non-duplicate staged campaigns of one upload
-- grain: one campaigns row per staged row of TEMP view ingest_valid
-- params: $batch_id
INSERT INTO campaigns (name, theme, opd, start_date, end_date, target_kabkota, budget, batch_id, extra)
SELECT name, theme, opd, start_date, end_date, target_kabkota, budget, $batch_id, extra
FROM ingest_valid;
