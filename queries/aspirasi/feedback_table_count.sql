-- purpose: how many feedback rows match the searchable list's filters (the list shows at most
--          $limit of them), same conditions as dashboard/feedback_table (working-day deadlines)
-- grain:   one row: matches
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $today
--          $forward_days $act_days $close_days $topic
WITH cal AS (
    SELECT * FROM workday_index(least($start::DATE, $today::DATE), $today::DATE)
)
SELECT count(*) AS matches
FROM feedback_in($start, $end, $kabkota, $channel) fe
LEFT JOIN cal c ON c.d = fe.received_at::DATE
WHERE gema_allows($status, fe.status)
  AND gema_allows($sentiment, coalesce(fe.sentiment, '-'))
  AND ($topic = '' OR fe.topic = $topic)
  AND ($q = '' OR contains(lower(fe.text), lower($q)) OR contains(lower(coalesce(fe.author, '')), lower($q))
       OR contains(lower(coalesce(fe.topic, '')), lower($q)))
  AND (NOT $overdue_only OR coalesce((SELECT max(wd) FROM cal) - c.wd >
       CASE WHEN fe.status IN ('baru', 'diverifikasi') THEN $forward_days
            WHEN fe.status = 'diteruskan' THEN $act_days
            WHEN fe.status = 'ditindaklanjuti' THEN $close_days END, false));
