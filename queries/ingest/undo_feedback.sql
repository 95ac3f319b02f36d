-- purpose: undo one upload: delete the feedback rows it brought
-- grain: deletes every feedback row of one batch
-- params: $batch_id
DELETE FROM feedback WHERE batch_id = $batch_id;
