-- purpose: an admin's edit of one kab/kota's reference figures (population with its source and
--          year, area with its source), stamped with who and when
-- grain:   updates one row of regions
-- params:  $kode $population $population_source $population_year $area_km2 $area_source $username
UPDATE regions
SET population = $population,
    population_source = $population_source,
    population_year = $population_year,
    area_km2 = $area_km2,
    area_source = $area_source,
    updated_by = $username,
    updated_at = current_timestamp
WHERE kode = $kode;
