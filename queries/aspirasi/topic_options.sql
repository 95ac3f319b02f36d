-- purpose: topics offered when staff correct a topic label (every topic already in use)
-- grain:   one row per topic
-- reads:   the feedback roll-up (every feedback row, labels corrected; feedback_rollup_in,
--          queries/staging/rollup.sql) instead of a scan of every feedback row
-- params:  none
SELECT DISTINCT topic
FROM feedback_rollup_in(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31', []::VARCHAR[], []::VARCHAR[])
WHERE topic IS NOT NULL
ORDER BY 1;
