-- purpose: the audit trail, newest first, filtered by user, action and date (read-only)
-- grain:   one row per audited event
-- params:  $usernames (list; empty = everyone), $actions (list; empty = all),
--          $start, $end (dates, inclusive; NULL = open), $limit (max rows)
SELECT
    audit_id,
    occurred_at,
    coalesce(username, '') AS username,
    action,
    CAST(detail AS VARCHAR) AS detail
FROM audit_log
WHERE gema_allows($usernames, coalesce(username, ''))
  AND gema_allows($actions, action)
  AND ($start IS NULL OR occurred_at >= CAST($start AS DATE))
  AND ($end IS NULL OR occurred_at < CAST($end AS DATE) + INTERVAL 1 DAY)
ORDER BY occurred_at DESC, audit_id DESC
LIMIT $limit;
