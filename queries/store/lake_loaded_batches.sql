-- purpose: how many uploads the lake already holds (migrate-to-lake fills an empty lake only)
-- grain:   one row
-- params:  none
SELECT count(*) AS n FROM import_batches;
