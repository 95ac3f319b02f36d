-- purpose: who is late: per responsible OPD (the one staff confirmed, else the one the topic
--          routes to), open aspirations, how many are past their working-day deadline (see
--          dashboard/feedback_table), and the median calendar days from receipt to 'selesai'
-- grain:   one row per OPD (NULL = no route for the topic)
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days
WITH cal AS (
    SELECT * FROM workday_index(least($start::DATE, $today::DATE), $today::DATE)
), f AS (
    SELECT coalesce(fs.opd, r.opd) AS opd,
           fs.opd IS NOT NULL AS confirmed,
           fe.status, fe.received_at, fe.status_updated_at,
           (SELECT max(wd) FROM cal) - c.wd AS workdays,
           CASE WHEN fe.status IN ('baru', 'diverifikasi') THEN $forward_days
                WHEN fe.status = 'diteruskan' THEN $act_days
                WHEN fe.status = 'ditindaklanjuti' THEN $close_days END AS due_workdays
    FROM feedback_in($start, $end, $kabkota, $channel) fe
    LEFT JOIN followup_state fs ON fs.feedback_key = fe.feedback_key
    LEFT JOIN opd_routing r ON r.topic = fe.topic
    LEFT JOIN cal c ON c.d = fe.received_at::DATE
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
