-- purpose: undo one upload: delete the posts rows it brought
-- grain: deletes every posts row of one batch
-- params: $batch_id
DELETE FROM posts WHERE batch_id = $batch_id;
