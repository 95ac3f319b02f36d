-- purpose: save one aspiration typed during an FGD as a feedback row (channel FGD)
-- grain:   inserts one feedback row and returns its feedback_key
-- params:  $received_at $kabkota $topic $topic_source $text $author_type $session_id
--          $created_by $extra
INSERT INTO feedback (received_at, channel, kabkota, topic, topic_source, text, author_type,
                      fgd_session_id, batch_id, created_by, extra)
VALUES ($received_at, 'FGD', $kabkota, $topic, $topic_source, $text, $author_type,
        $session_id, NULL, $created_by, $extra)
RETURNING feedback_key;
