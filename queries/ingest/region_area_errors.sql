-- purpose: the rows with an ambiguous kecamatan/desa or one that contradicts their kab/kota become row errors (named after the user's kecamatan/desa column) and are marked bad
-- grain: inserts one ingest_errors row per such row; updates ingest_stage
-- params: none
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT _row, ord, field, problem, value FROM ingest_region_area WHERE problem IS NOT NULL;
UPDATE ingest_stage SET _bad = true
WHERE _row IN (SELECT _row FROM ingest_region_area WHERE problem IS NOT NULL);
