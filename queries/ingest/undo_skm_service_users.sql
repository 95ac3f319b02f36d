-- purpose: undo one upload: delete the skm_service_users rows it brought
-- grain: deletes every skm_service_users row of one batch
-- params: $batch_id
DELETE FROM skm_service_users WHERE batch_id = $batch_id;
