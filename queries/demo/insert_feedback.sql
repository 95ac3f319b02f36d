-- purpose: load the generated demo feedback, linking FGD rows to their demo session by name
-- grain:   one row per feedback item
-- params:  $batch_id
INSERT INTO feedback (received_at, channel, kabkota, text, author, author_type, author_location,
                      status, status_updated_at, feedback_id, post_id, fgd_session_id, batch_id,
                      created_by, extra)
SELECT CAST(f.received_at AS TIMESTAMP), f.channel, CAST(f.kabkota AS VARCHAR), f.text,
       CAST(f.author AS VARCHAR), f.author_type, CAST(f.author_location AS VARCHAR), f.status,
       CAST(f.status_updated_at AS TIMESTAMP), CAST(f.feedback_id AS VARCHAR),
       CAST(f.post_id AS VARCHAR), s.session_id, $batch_id, 'demo', CAST(f.extra AS JSON)
FROM demo_feedback AS f
LEFT JOIN fgd_sessions AS s ON s.name = f.fgd_session AND s.created_by = 'demo'
ORDER BY f.received_at;
