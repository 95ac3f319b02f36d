-- purpose: searchable feedback list with follow-up age and overdue flag; $q is a literal,
--          case-insensitive substring of the text, author or topic (never SQL)
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $today $limit
--          $forward_days $act_days $close_days $topic ('' = any topic)
-- notes:   overdue counts WORKING days after receipt (Mon–Fri, not in holidays) against the
--          deadline of the row's stage, as in SP4N-LAPOR!: baru/diverifikasi forwarded within
--          $forward_days, diteruskan acted on within $act_days, ditindaklanjuti closed within
--          $close_days; selesai, ditolak and duplikat are closed.
WITH cal AS (
    SELECT * FROM workday_index(least($start::DATE, $today::DATE), $today::DATE)
), f AS (
    SELECT fe.feedback_key, fe.received_at, fe.channel, fe.kabkota, fe.topic, fe.topic_source,
           fe.sentiment, fe.sentiment_source, fe.status, fe.status_updated_at, fe.author, fe.text,
           date_diff('day', fe.received_at::DATE,
                     CASE WHEN fe.status IN ('selesai', 'ditolak', 'duplikat')
                               AND fe.status_updated_at IS NOT NULL
                          THEN fe.status_updated_at::DATE ELSE $today::DATE END) AS age_days,
           (SELECT max(wd) FROM cal) - c.wd AS workdays,
           CASE WHEN fe.status IN ('baru', 'diverifikasi') THEN $forward_days
                WHEN fe.status = 'diteruskan' THEN $act_days
                WHEN fe.status = 'ditindaklanjuti' THEN $close_days END AS due_workdays
    FROM feedback_in($start, $end, $kabkota, $channel) fe
    LEFT JOIN cal c ON c.d = fe.received_at::DATE
    WHERE gema_allows($status, fe.status)
      AND gema_allows($sentiment, coalesce(fe.sentiment, '-'))
      AND ($topic = '' OR fe.topic = $topic)
      AND ($q = '' OR contains(lower(fe.text), lower($q)) OR contains(lower(coalesce(fe.author, '')), lower($q))
           OR contains(lower(coalesce(fe.topic, '')), lower($q)))
)
SELECT *, coalesce(workdays > due_workdays, false) AS overdue
FROM f
WHERE NOT $overdue_only OR coalesce(workdays > due_workdays, false)
ORDER BY received_at DESC, feedback_key DESC
LIMIT $limit;
