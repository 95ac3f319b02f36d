-- purpose: follow-up status of feedback: count per status, overdue count (open longer than
--          $sla_days days at $today) and the median age of open feedback
-- grain:   one row per status
-- params:  $start $end $kabkota $channel $sla_days $today
SELECT status,
       count(*) AS feedback,
       count(*) FILTER (WHERE status <> 'selesai'
                        AND date_diff('day', received_at::DATE, $today::DATE) > $sla_days) AS overdue,
       median(date_diff('day', received_at::DATE, $today::DATE))
           FILTER (WHERE status <> 'selesai') AS median_age_days
FROM feedback_in($start, $end, $kabkota, $channel)
GROUP BY status
ORDER BY CASE status WHEN 'baru' THEN 1 WHEN 'diproses' THEN 2 WHEN 'selesai' THEN 3 ELSE 4 END;
