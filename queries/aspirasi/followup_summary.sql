-- purpose: follow-up status of feedback: count per status, overdue count (past the working-day
--          deadline of its stage at $today, see dashboard/feedback_table) and the median age in
--          calendar days of open feedback
-- grain:   one row per status
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days
-- The deadline rule is feedback_followup_in (queries/staging/feedback.sql).
WITH f AS (
    SELECT status, received_at, workdays, due_workdays
    FROM feedback_followup_in($start, $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days)
)
SELECT status,
       count(*) AS feedback,
       count(*) FILTER (WHERE workdays > due_workdays) AS overdue,
       median(date_diff('day', received_at::DATE, $today::DATE))
           FILTER (WHERE status NOT IN ('selesai', 'ditolak', 'duplikat')) AS median_age_days
FROM f
GROUP BY status
ORDER BY CASE status WHEN 'baru' THEN 1 WHEN 'diverifikasi' THEN 2 WHEN 'diteruskan' THEN 3
                     WHEN 'ditindaklanjuti' THEN 4 WHEN 'selesai' THEN 5 WHEN 'ditolak' THEN 6
                     WHEN 'duplikat' THEN 7 ELSE 8 END;
