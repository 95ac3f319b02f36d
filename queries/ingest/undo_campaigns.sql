-- purpose: undo one upload: delete the campaigns rows it brought
-- grain: deletes every campaigns row of one batch
-- params: $batch_id
DELETE FROM campaigns WHERE batch_id = $batch_id;
