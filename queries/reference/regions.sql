-- purpose: the kab/kota reference table, for display and per-capita figures
-- grain:   one row per kab/kota
-- params:  none
SELECT kode, nama, nama_resmi, jenis, population, population_source, population_year,
       area_km2, area_source, updated_by, updated_at
FROM regions
ORDER BY kode;
