-- purpose: load the generated demo accounts from the registered frame demo_accounts
-- grain:   one row per account on one platform
-- params:  $batch_id
INSERT INTO accounts (platform, handle, display_name, account_type, followers, kabkota, is_icn,
                      batch_id)
SELECT platform, handle, display_name, account_type, CAST(followers AS BIGINT),
       CAST(kabkota AS VARCHAR), is_icn, $batch_id
FROM demo_accounts;
