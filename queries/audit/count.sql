-- purpose: how many audit events match the filters (to say "showing N of M")
-- grain:   one row, one column
-- params:  $usernames (list; empty = everyone), $actions (list; empty = all), $start, $end (dates)
SELECT count(*) AS n
FROM audit_log
WHERE gema_allows($usernames, coalesce(username, ''))
  AND gema_allows($actions, action)
  AND ($start IS NULL OR occurred_at >= CAST($start AS DATE))
  AND ($end IS NULL OR occurred_at < CAST($end AS DATE) + INTERVAL 1 DAY);
