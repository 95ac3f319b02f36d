-- purpose: how many audit events match the filters (to say "showing N of M")
-- grain:   one row, one column
-- params:  $usernames (list; empty = everyone), $actions (list; empty = all), $start, $end (dates)
SELECT count(*) AS n
FROM audit_log
WHERE (len($usernames) = 0 OR list_contains($usernames, coalesce(username, '')))
  AND (len($actions) = 0 OR list_contains($actions, action))
  AND ($start IS NULL OR occurred_at >= CAST($start AS DATE))
  AND ($end IS NULL OR occurred_at < CAST($end AS DATE) + INTERVAL 1 DAY);
