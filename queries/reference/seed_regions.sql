-- purpose: fill the regions reference table from data/reference/regions.csv on first start
-- grain:   one row per kab/kota (8 rows)
-- params:  $path  path of the reference CSV
INSERT INTO regions
SELECT kode, nama, nama_resmi, jenis, population, population_source, population_year,
       area_km2, area_source, 'seed' AS updated_by, current_timestamp AS updated_at
FROM read_csv($path, header = true, all_varchar = false,
              types = {'kode': 'VARCHAR', 'population': 'BIGINT', 'population_year': 'INTEGER',
                       'area_km2': 'DOUBLE'})
WHERE kode NOT IN (SELECT kode FROM regions);
