-- purpose: record the stored SKM questionnaires that this upload's duplicate rows match (same
--          unit and response id), against this upload, so undoing the earlier upload keeps them,
--          with their scores and their saran (see keep_claimed_skm_responses / _skm_scores /
--          _feedback)
-- grain: one batch_claims row per stored questionnaire matched by a staged duplicate row
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'skm_responses', r.response_key
FROM ingest_stage s
JOIN skm_responses r
  ON lower(trim(r.unit)) = lower(trim(s.unit))
 AND r.response_id = s.response_id
WHERE s._row IN (SELECT _row FROM ingest_dup);
