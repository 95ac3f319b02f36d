-- purpose: FGD sessions for the capture and wall pages (open ones first, newest first), with
--          their entry counts
-- grain:   one row per FGD session, at most $limit rows
-- params:  $limit
WITH counts AS (
    SELECT fgd_session_id AS session_id, count(*) AS entries, max(received_at) AS last_entry_at
    FROM feedback
    WHERE fgd_session_id IS NOT NULL
    GROUP BY fgd_session_id
)
SELECT s.session_id, s.name, s.held_on, s.place, s.kabkota, s.created_by, s.created_at,
       s.closed_at, coalesce(c.entries, 0) AS entries, c.last_entry_at
FROM fgd_sessions AS s
LEFT JOIN counts AS c USING (session_id)
ORDER BY (s.closed_at IS NULL) DESC, s.held_on DESC, s.session_id DESC
LIMIT $limit;
