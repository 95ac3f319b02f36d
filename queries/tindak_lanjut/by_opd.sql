-- purpose: who is late: per responsible OPD (the one staff confirmed, else the one the topic
--          routes to), open aspirations, how many are past their working-day deadline (see
--          dashboard/feedback_table), and the median calendar days from receipt to 'selesai'
-- grain:   one row per OPD (NULL = no route for the topic)
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days
-- The deadline rule is feedback_followup_in (queries/staging/feedback.sql).
WITH f AS (
    SELECT coalesce(fs.opd, r.opd) AS opd,
           fs.opd IS NOT NULL AS confirmed,
           fe.status, fe.received_at, fe.status_updated_at, fe.workdays, fe.due_workdays
    FROM feedback_followup_in($start, $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days) fe
    LEFT JOIN followup_state fs ON fs.feedback_key = fe.feedback_key
    LEFT JOIN opd_routing r ON r.topic = fe.topic
)
SELECT opd,
       count(*) FILTER (WHERE due_workdays IS NOT NULL) AS open,
       count(*) FILTER (WHERE workdays > due_workdays) AS overdue,
       count(*) FILTER (WHERE due_workdays IS NOT NULL AND confirmed) AS open_confirmed,
       count(*) FILTER (WHERE status = 'selesai') AS closed,
       median(date_diff('day', received_at::DATE, status_updated_at::DATE))
           FILTER (WHERE status = 'selesai' AND status_updated_at IS NOT NULL) AS median_days_to_close
FROM f
GROUP BY opd
ORDER BY overdue DESC, open DESC, opd NULLS LAST;
