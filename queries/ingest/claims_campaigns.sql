-- purpose: record the stored campaigns that this upload's duplicate rows match, against this upload
-- grain: one batch_claims row per stored campaign matched by a staged duplicate row
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'campaigns', c.campaign_id
FROM ingest_stage s
JOIN campaigns c ON lower(c.name) = lower(s.name)
WHERE s._row IN (SELECT _row FROM ingest_dup);
