-- purpose: one FGD session by id
-- grain:   zero or one row
-- params:  $session_id
SELECT session_id, name, held_on, place, kabkota, created_by, created_at, closed_at
FROM fgd_sessions WHERE session_id = $session_id;
