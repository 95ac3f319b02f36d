-- purpose: how many skm_recaps rows one batch wrote
-- grain:   one row
-- params:  $batch_id
SELECT count(*) FROM skm_recaps WHERE batch_id = $batch_id;
