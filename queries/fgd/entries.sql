-- purpose: the aspirations of one FGD session (NULL = every FGD session), newest first, with the
--          effective (corrected) labels; the capture page's "saved" list and the wall
-- grain:   one row per feedback row of channel FGD, at most $limit rows
-- params:  $session_id $limit
SELECT e.feedback_key, e.received_at, e.kabkota, e.topic, e.sentiment, e.text, e.author_type,
       f.fgd_session_id AS session_id, f.created_by
FROM feedback_effective AS e
JOIN feedback AS f USING (feedback_key)
WHERE e.channel = 'FGD'
  AND (CAST($session_id AS BIGINT) IS NULL OR f.fgd_session_id = CAST($session_id AS BIGINT))
ORDER BY e.received_at DESC, e.feedback_key DESC
LIMIT $limit;
