-- purpose: record the stored feedback rows that this upload's duplicate rows match, against this upload
-- grain: one batch_claims row per stored feedback row matched by a staged duplicate row
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'feedback', f.feedback_key
FROM ingest_stage s
JOIN feedback f ON f.channel = s.channel AND f.feedback_id = s.feedback_id
WHERE s._row IN (SELECT _row FROM ingest_dup);
