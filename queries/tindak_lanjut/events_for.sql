-- purpose: the follow-up history of one feedback row, oldest first
-- grain:   one row per change
-- params:  $feedback_key
SELECT changed_at, changed_by, from_status, to_status, opd, reason, duplicate_of
FROM followup_events WHERE feedback_key = $feedback_key ORDER BY event_id;
