-- purpose: undo one upload: delete the skm_scores rows it brought
-- grain: deletes every skm_scores row of one batch
-- params: $batch_id
DELETE FROM skm_scores WHERE batch_id = $batch_id;
