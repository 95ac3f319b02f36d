-- purpose: who is late: per responsible OPD (the one staff confirmed, else the one the topic
--          routes to), open aspirations, how many are past their working-day deadline (see
--          dashboard/feedback_table), and the median calendar days from receipt to 'selesai'
-- grain:   one row per OPD (NULL = no route for the topic)
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days
-- The deadline rule is gema_due_workdays with the working days of workday_index, as in
-- feedback_followup_in (queries/staging/feedback.sql) and aspirasi/followup_summary.
-- Speed (issue 17, 10x scale): one pass over feedback_in groups the rows per (OPD, confirmed,
-- status, day of receipt) and, in the same pass (GROUPING SETS), per OPD for the median; the
-- deadline is then worked out per group (it depends only on status and day), not per row.
-- Going through feedback_followup_in per row took ~3x as long (workday join and age per row).
WITH cal AS (
    SELECT * FROM workday_index(least($start::DATE, $today::DATE), $today::DATE)
), g AS (
    SELECT coalesce(fs.opd, r.opd) AS opd,
           fs.opd IS NOT NULL AS confirmed,
           fe.status,
           CAST(fe.received_at AS DATE) AS day,
           count(*) AS n,
           median(date_diff('day', fe.received_at::DATE, fe.status_updated_at::DATE))
               FILTER (WHERE fe.status = 'selesai' AND fe.status_updated_at IS NOT NULL)
               AS median_days_to_close,
           grouping(fs.opd IS NOT NULL) AS whole_opd
    FROM feedback_in($start, $end, $kabkota, $channel) fe
    LEFT JOIN followup_state fs ON fs.feedback_key = fe.feedback_key
    LEFT JOIN opd_routing r ON r.topic = fe.topic
    GROUP BY GROUPING SETS ((coalesce(fs.opd, r.opd), fs.opd IS NOT NULL, fe.status,
                             CAST(fe.received_at AS DATE)),
                            (coalesce(fs.opd, r.opd)))
), d AS (
    SELECT g.*,
           (SELECT max(wd) FROM cal) - c.wd AS workdays,
           gema_due_workdays(g.status, $forward_days, $act_days, $close_days) AS due_workdays
    FROM g LEFT JOIN cal c ON c.d = g.day
    WHERE whole_opd = 0
)
SELECT m.opd,
       coalesce(sum(d.n) FILTER (WHERE d.due_workdays IS NOT NULL), 0)::BIGINT AS open,
       coalesce(sum(d.n) FILTER (WHERE d.workdays > d.due_workdays), 0)::BIGINT AS overdue,
       coalesce(sum(d.n) FILTER (WHERE d.due_workdays IS NOT NULL AND d.confirmed), 0)::BIGINT
           AS open_confirmed,
       coalesce(sum(d.n) FILTER (WHERE d.status = 'selesai'), 0)::BIGINT AS closed,
       any_value(m.median_days_to_close) AS median_days_to_close
FROM g m JOIN d ON d.opd IS NOT DISTINCT FROM m.opd
WHERE m.whole_opd = 1
GROUP BY m.opd
ORDER BY overdue DESC, open DESC, m.opd NULLS LAST;
