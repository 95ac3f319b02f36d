-- purpose: close an FGD session (entries can no longer be added through the app)
-- grain:   updates one fgd_sessions row
-- params:  $session_id
UPDATE fgd_sessions SET closed_at = current_timestamp
WHERE session_id = $session_id AND closed_at IS NULL;
