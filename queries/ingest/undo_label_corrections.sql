-- purpose: undo one upload: delete the label corrections made on the feedback rows it brought
--          (run before undo_feedback, in the same transaction, while those rows still exist)
-- grain: deletes every label_corrections row whose feedback row belongs to one batch
-- params: $batch_id
DELETE FROM label_corrections
WHERE feedback_key IN (SELECT feedback_key FROM feedback WHERE batch_id = $batch_id);
