-- purpose: how many feedback rows of a batch still lack a sentiment label
-- grain:   one row
-- params:  $batch_id
SELECT count(*) AS n FROM feedback WHERE batch_id = $batch_id AND sentiment IS NULL;
