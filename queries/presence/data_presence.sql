-- purpose: which kinds of data exist at all, so empty states can say what to upload
-- grain:   one row per kind (posts, feedback, campaigns, accounts, skm)
-- params:  none
SELECT 'posts' AS kind, EXISTS (SELECT 1 FROM posts) AS present
UNION ALL SELECT 'feedback', EXISTS (SELECT 1 FROM feedback)
UNION ALL SELECT 'campaigns', EXISTS (SELECT 1 FROM campaigns)
UNION ALL SELECT 'accounts', EXISTS (SELECT 1 FROM accounts)
UNION ALL SELECT 'skm', EXISTS (SELECT 1 FROM skm_responses) OR EXISTS (SELECT 1 FROM skm_recaps);
