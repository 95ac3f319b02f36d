-- purpose: how many uploads of real (non-demo) data are loaded, so demo rows are never mixed
--          into a store that already holds real figures without an explicit choice
-- grain:   one row
-- params:  none
SELECT count(*) AS n FROM import_batches WHERE NOT is_demo AND status = 'loaded';
