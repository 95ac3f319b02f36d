-- purpose: undo one upload: delete the follower snapshots it recorded (issue 14)
-- grain: deletes every account_followers row of one batch
-- params: $batch_id
DELETE FROM account_followers WHERE batch_id = $batch_id;
