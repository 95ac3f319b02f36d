-- purpose: undo one upload: delete the skm_responses rows it brought
-- grain: deletes every skm_responses row of one batch
-- params: $batch_id
DELETE FROM skm_responses WHERE batch_id = $batch_id;
