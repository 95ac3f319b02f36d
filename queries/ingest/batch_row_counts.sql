-- purpose: how many rows each table still holds for one upload (undo report, batch history)
-- grain: one row per table that carries batch_id
-- params: $batch_id
SELECT 'posts' AS tbl, count(*) AS n FROM posts WHERE batch_id = $batch_id
UNION ALL SELECT 'feedback', count(*) FROM feedback WHERE batch_id = $batch_id
UNION ALL SELECT 'accounts', count(*) FROM accounts WHERE batch_id = $batch_id
UNION ALL SELECT 'campaigns', count(*) FROM campaigns WHERE batch_id = $batch_id
UNION ALL SELECT 'skm_responses', count(*) FROM skm_responses WHERE batch_id = $batch_id
UNION ALL SELECT 'skm_scores', count(*) FROM skm_scores WHERE batch_id = $batch_id
UNION ALL SELECT 'skm_recaps', count(*) FROM skm_recaps WHERE batch_id = $batch_id
UNION ALL SELECT 'skm_service_users', count(*) FROM skm_service_users WHERE batch_id = $batch_id
UNION ALL SELECT 'account_daily', count(*) FROM account_daily WHERE batch_id = $batch_id;
