-- purpose: insert the answers of the staged SKM rows, one row per respondent per unsur, by
--          unpivoting every unsur column (U1…Un) in one statement; blank answers are left out
-- grain:   one skm_scores row per staged row per answered unsur
-- params:  $batch_id
INSERT INTO skm_scores (response_key, unsur, unsur_name, score, batch_id)
SELECT k.response_key, u.unsur, n.name, u.score, $batch_id
FROM (
    UNPIVOT (SELECT _row, COLUMNS('^U[0-9]+$') FROM ingest_valid)
    ON COLUMNS('^U[0-9]+$')
    INTO NAME unsur VALUE score
) u
JOIN skm_keys k ON k._row = u._row
LEFT JOIN skm_unsur_names n ON n.unsur = u.unsur
WHERE u.score IS NOT NULL;
