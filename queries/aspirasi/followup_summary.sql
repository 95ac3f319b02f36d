-- purpose: follow-up status of feedback: count per status, overdue count (past the working-day
--          deadline of its stage, gema_due_workdays) and median age in days of open feedback
-- grain:   one row per status
-- params:  $start $end $kabkota $channel $today $forward_days $act_days $close_days
-- reads:   the follow-up roll-up (followup_rollup_in, queries/staging/rollup.sql): every figure
--          depends only on the day of receipt and the status, so it is worked out per
--          (status, day) group weighted by its rows; the median is that of the rows
--          (quantile_cont 0.5: the middle row, or the mean of the two middle rows).
-- The deadline rule is gema_due_workdays (queries/staging/feedback.sql), as in
-- feedback_followup_in.
WITH cal AS (
    SELECT * FROM workday_index(least($start::DATE, $today::DATE), $today::DATE)
), g AS (
    SELECT status, day, sum(feedback) AS n
    FROM followup_rollup_in($start, $end, $kabkota, $channel)
    GROUP BY status, day
), f AS (
    SELECT g.status, g.n,
           (SELECT max(wd) FROM cal) - c.wd AS workdays,
           gema_due_workdays(g.status, $forward_days, $act_days, $close_days) AS due_workdays,
           date_diff('day', g.day, $today::DATE) AS age,
           sum(g.n) OVER (PARTITION BY g.status ORDER BY date_diff('day', g.day, $today::DATE))
               AS upto,
           sum(g.n) OVER (PARTITION BY g.status) AS total
    FROM g LEFT JOIN cal c ON c.d = g.day
), middle AS (  -- 0-based positions of the middle row(s) and their ages
    SELECT status,
           (any_value(total) - 1) / 2.0 AS h,
           min(age) FILTER (WHERE upto > floor((total - 1) / 2.0)) AS age_lo,
           min(age) FILTER (WHERE upto > ceil((total - 1) / 2.0)) AS age_hi
    FROM f
    GROUP BY status
)
SELECT f.status,
       sum(f.n)::BIGINT AS feedback,
       coalesce(sum(f.n) FILTER (WHERE f.workdays > f.due_workdays), 0)::BIGINT AS overdue,
       CASE WHEN f.status NOT IN ('selesai', 'ditolak', 'duplikat')
            THEN any_value(m.age_lo + (m.h - floor(m.h)) * (m.age_hi - m.age_lo)) END
           AS median_age_days
FROM f JOIN middle m ON m.status = f.status
GROUP BY f.status
ORDER BY CASE f.status WHEN 'baru' THEN 1 WHEN 'diverifikasi' THEN 2 WHEN 'diteruskan' THEN 3
                       WHEN 'ditindaklanjuti' THEN 4 WHEN 'selesai' THEN 5 WHEN 'ditolak' THEN 6
                       WHEN 'duplikat' THEN 7 ELSE 8 END;
