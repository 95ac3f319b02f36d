-- purpose: fill the kab/kota of staged rows that have none from their kecamatan/desa (never overriding a kab/kota the row has)
-- grain: updates ingest_stage, one row per source row with a kode in ingest_region_area
-- params: none
UPDATE ingest_stage AS s SET kabkota = a.kode
FROM ingest_region_area AS a
WHERE a._row = s._row AND a.kode IS NOT NULL AND a.problem IS NULL AND s.kabkota IS NULL;
