-- purpose: load the generated demo SKM respondents from the registered frame demo_skm_responses
-- grain:   one row per respondent
-- params:  $batch_id
INSERT INTO skm_responses (submitted_at, unit, kabkota, gender, age, education, occupation,
                           suggestion, response_id, batch_id)
SELECT CAST(submitted_at AS TIMESTAMP), unit, kabkota, gender, CAST(age AS INTEGER), education,
       occupation, CAST(suggestion AS VARCHAR), response_id, $batch_id
FROM demo_skm_responses;
