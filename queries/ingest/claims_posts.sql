-- purpose: record the stored posts that this upload's duplicate rows match, against this upload
--          (so undoing the earlier upload keeps them: see keep_claimed_posts)
-- grain: one batch_claims row per stored post matched by a staged duplicate row
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'posts', p.post_key
FROM ingest_stage s
JOIN posts p
  ON p.platform = s.platform
 AND (p.post_id = s.post_id OR (p.url = s.url))
WHERE s._row IN (SELECT _row FROM ingest_dup);
