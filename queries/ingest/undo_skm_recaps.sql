-- purpose: undo one upload: delete the skm_recaps rows it brought
-- grain: deletes every skm_recaps row of one batch
-- params: $batch_id
DELETE FROM skm_recaps WHERE batch_id = $batch_id;
