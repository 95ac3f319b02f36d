-- purpose: record the stored accounts that this upload's duplicate rows match, against this upload
-- grain: one batch_claims row per stored account matched by a staged duplicate row
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'accounts', a.account_id
FROM ingest_stage s
JOIN accounts a ON a.platform = s.platform AND a.handle = s.handle
WHERE s._row IN (SELECT _row FROM ingest_dup);
