-- purpose: insert one skm_responses row per staged SKM row, with its reserved response_key
-- grain:   one row per staged row of TEMP view ingest_valid
-- params:  $batch_id
-- Gender is normalised to 'Laki-laki'/'Perempuan' when recognisable (else kept as written);
-- age is kept as a number when the cell is one ('34', '34 tahun'); an age band such as
-- '21-30 tahun' stays in extra.age_text so nothing the user wrote is lost.
INSERT INTO skm_responses (response_key, submitted_at, unit, kabkota, gender, age, education,
                           occupation, suggestion, response_id, batch_id, extra)
SELECT
    k.response_key,
    v.submitted_at,
    trim(v.unit),
    v.kabkota,
    CASE
        WHEN lower(trim(v.gender)) IN ('l', 'lk', 'laki', 'laki laki', 'laki-laki', 'pria', 'male', 'm')
            THEN 'Laki-laki'
        WHEN lower(trim(v.gender)) IN ('p', 'pr', 'perempuan', 'wanita', 'female', 'f')
            THEN 'Perempuan'
        ELSE v.gender
    END,
    TRY_CAST(regexp_extract(v.age, '^\s*(\d{1,3})\s*(?:tahun|thn|th)?\.?\s*$', 1) AS INTEGER),
    v.education,
    v.occupation,
    v.suggestion,
    v.response_id,
    $batch_id,
    CASE
        WHEN v.age IS NOT NULL
             AND TRY_CAST(regexp_extract(v.age, '^\s*(\d{1,3})\s*(?:tahun|thn|th)?\.?\s*$', 1) AS INTEGER) IS NULL
            THEN json_merge_patch(coalesce(CAST(v.extra AS JSON), '{}'::JSON), json_object('age_text', v.age))
        ELSE CAST(v.extra AS JSON)
    END
FROM ingest_valid v
JOIN skm_keys k ON k._row = v._row;
