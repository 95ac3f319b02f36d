-- purpose: insert the valid, non-duplicate staged accounts of one upload
-- grain: one accounts row per staged row of TEMP view ingest_valid
-- params: $batch_id
INSERT INTO accounts (platform, handle, display_name, account_type, followers, kabkota, is_icn,
                      batch_id, extra)
SELECT platform, handle, display_name,
       coalesce(account_type, CASE WHEN is_icn THEN 'icn' ELSE 'lainnya' END),
       followers, kabkota,
       coalesce(is_icn, account_type = 'icn', false),
       $batch_id, extra
FROM ingest_valid;
