-- purpose: searchable feedback list with follow-up age and overdue flag; $q is matched as a
--          literal, case-insensitive substring of the text, author or topic (never as SQL)
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $sla_days $today $limit
WITH f AS (
    SELECT feedback_key, received_at, channel, kabkota, topic, topic_source, sentiment,
           sentiment_source, status, status_updated_at, author, text,
           date_diff('day', received_at::DATE,
                     CASE WHEN status = 'selesai' AND status_updated_at IS NOT NULL
                          THEN status_updated_at::DATE ELSE $today::DATE END) AS age_days
    FROM feedback_in($start, $end, $kabkota, $channel)
    WHERE gema_allows($status, status)
      AND gema_allows($sentiment, coalesce(sentiment, '-'))
      AND ($q = '' OR contains(lower(text), lower($q)) OR contains(lower(coalesce(author, '')), lower($q))
           OR contains(lower(coalesce(topic, '')), lower($q)))
)
SELECT *, status <> 'selesai' AND age_days > $sla_days AS overdue
FROM f
WHERE NOT $overdue_only OR (status <> 'selesai' AND age_days > $sla_days)
ORDER BY received_at DESC, feedback_key DESC
LIMIT $limit;
