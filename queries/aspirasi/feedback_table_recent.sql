-- purpose: the searchable feedback list when no search, status, sentiment, topic or overdue
--          filter narrows it (the default view): feedback_table's rows, with the $limit newest
--          rows picked first from the plain rows so the follow-up columns (corrections,
--          working-day calendar) are worked out for those rows only
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days $limit
-- The deadline rule is feedback_followup_in (queries/staging/feedback.sql).
WITH newest AS (
    SELECT feedback_key, received_at
    FROM feedback_rows_in($start, $end, $kabkota, $channel)
    ORDER BY received_at DESC, feedback_key DESC
    LIMIT $limit
)
SELECT feedback_key, received_at, channel, kabkota, topic, topic_source, sentiment,
       sentiment_source, status, status_updated_at, author, text, age_days, workdays,
       due_workdays, overdue
FROM feedback_followup_in((SELECT min(received_at) FROM newest),
                          $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days)
WHERE feedback_key IN (SELECT feedback_key FROM newest)
ORDER BY received_at DESC, feedback_key DESC;
