-- purpose: load the demo SKM scores, keyed to the respondents just loaded in the same batch
-- grain:   one row per respondent per unsur
-- params:  $batch_id
INSERT INTO skm_scores (response_key, unsur, unsur_name, score, batch_id)
SELECT r.response_key, s.unsur, s.unsur_name, CAST(s.score AS TINYINT), $batch_id
FROM demo_skm_scores AS s
JOIN skm_responses AS r ON r.response_id = s.response_id AND r.batch_id = $batch_id;
