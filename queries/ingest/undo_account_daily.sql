-- purpose: undo one upload: delete the account_daily rows it brought
-- grain: deletes every account_daily row of one batch
-- params: $batch_id
DELETE FROM account_daily WHERE batch_id = $batch_id;
