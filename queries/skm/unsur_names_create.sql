-- purpose: a TEMP table of the unsur names taken from the upload's headers (U1 → 'Persyaratan')
-- grain:   one row per unsur code; creates TEMP table skm_unsur_names
-- params:  none
CREATE OR REPLACE TEMP TABLE skm_unsur_names (unsur VARCHAR, name VARCHAR);
