-- purpose: how many rows have an ambiguous kecamatan/desa or one that contradicts their kab/kota
-- grain: one number
-- params: none
SELECT count(*) FROM ingest_region_area WHERE problem IS NOT NULL;
