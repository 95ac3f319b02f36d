-- purpose: undo one upload: delete the accounts rows it brought
-- grain: deletes every accounts row of one batch
-- params: $batch_id
DELETE FROM accounts WHERE batch_id = $batch_id;
