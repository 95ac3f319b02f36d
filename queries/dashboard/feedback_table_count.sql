-- purpose: how many feedback rows match the searchable list's filters (the list shows at most
--          $limit of them), same conditions as dashboard/feedback_table
-- grain:   one row: matches
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $sla_days $today
SELECT count(*) AS matches
FROM feedback_in($start, $end, $kabkota, $channel)
WHERE gema_allows($status, status)
  AND gema_allows($sentiment, coalesce(sentiment, '-'))
  AND ($q = '' OR contains(lower(text), lower($q)) OR contains(lower(coalesce(author, '')), lower($q))
       OR contains(lower(coalesce(topic, '')), lower($q)))
  AND (NOT $overdue_only OR (status <> 'selesai'
       AND date_diff('day', received_at::DATE, $today::DATE) > $sla_days));
