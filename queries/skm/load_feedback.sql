-- purpose: copy each meaningful SKM saran into feedback (channel 'Survei') so it shows on the
--          Aspirasi page; extra.skm_response_key links it to its questionnaire. Answers that say
--          nothing ('-', 'tidak ada', 'cukup', 'sudah baik', …) stay only on skm_responses.
-- grain:   one feedback row per staged SKM row with a meaningful suggestion
-- params:  $batch_id, $user
INSERT INTO feedback (received_at, channel, kabkota, text, author_type, status, batch_id,
                      created_by, extra)
SELECT
    v.submitted_at,
    'Survei',
    v.kabkota,
    trim(v.suggestion),
    'masyarakat',
    'baru',
    $batch_id,
    $user,
    json_object('source', 'skm', 'skm_response_key', k.response_key, 'unit', trim(v.unit))
FROM ingest_valid v
JOIN skm_keys k ON k._row = v._row
WHERE v.suggestion IS NOT NULL
  AND length(regexp_replace(lower(v.suggestion), '[^a-z]', '', 'g')) >= 3
  AND trim(regexp_replace(lower(v.suggestion), '[^a-z ]+', ' ', 'g')) NOT IN (
      'tidak ada', 'tdk ada', 'gak ada', 'ga ada', 'nggak ada', 'tidak', 'tdk', 'nihil', 'kosong',
      'cukup', 'sudah cukup', 'baik', 'sudah baik', 'bagus', 'sudah bagus', 'mantap', 'oke', 'ok',
      'tidak ada saran', 'belum ada', 'none', 'no', 'nothing', 'sip', 'puas', 'terima kasih',
      'terimakasih', 'makasih'
  );
