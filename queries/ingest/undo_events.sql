-- purpose: undo one upload: delete the agenda events it brought
-- grain: deletes every events row of one batch
-- params: $batch_id
DELETE FROM events WHERE batch_id = $batch_id;
