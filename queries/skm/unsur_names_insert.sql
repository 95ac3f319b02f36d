-- purpose: add one unsur name taken from the upload's headers
-- grain:   one row per unsur code
-- params:  $unsur (code 'U1'…), $name (as written in the upload; NULL when unnamed)
INSERT INTO skm_unsur_names VALUES ($unsur, $name);
