-- purpose: searchable feedback list with follow-up age and overdue flag; $q is a literal,
--          case-insensitive substring of the text, author or topic (never SQL)
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $today $limit
--          $forward_days $act_days $close_days $topic ('' = any topic)
-- notes:   overdue counts WORKING days after receipt (Mon–Fri, not in holidays) against the
--          deadline of the row's stage, as in SP4N-LAPOR!: baru/diverifikasi forwarded within
--          $forward_days, diteruskan acted on within $act_days, ditindaklanjuti closed within
--          $close_days; selesai, ditolak and duplikat are closed.
-- The deadline rule and the search are feedback_list_in (queries/staging/feedback.sql).
SELECT feedback_key, received_at, channel, kabkota, topic, topic_source, sentiment,
       sentiment_source, status, status_updated_at, author, text, age_days, workdays,
       due_workdays, overdue
FROM feedback_list_in($start, $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days,
                      $q, $status, $sentiment, $topic, $overdue_only)
ORDER BY received_at DESC, feedback_key DESC
LIMIT $limit;
