-- purpose: topic counts of one FGD session (NULL = every FGD session) for the wall
-- grain:   one row per topic (NULL = not labelled), most entries first
-- params:  $session_id
SELECT e.topic, count(*) AS feedback,
       count(*) FILTER (WHERE e.sentiment = 'negatif') AS negatif
FROM feedback_effective AS e
JOIN feedback AS f USING (feedback_key)
WHERE e.channel = 'FGD'
  AND (CAST($session_id AS BIGINT) IS NULL OR f.fgd_session_id = CAST($session_id AS BIGINT))
GROUP BY e.topic
ORDER BY feedback DESC, e.topic;
