-- purpose: whether any demo batch is loaded, so pages can say "Data contoh"
-- grain:   one row
-- params:  none
SELECT count(*) > 0 AS demo FROM import_batches WHERE is_demo AND status = 'loaded';
