-- purpose: a staff member acknowledges an alert and/or assigns it to someone, with a note
-- grain:   updates one alerts row
-- params:  $alert_id $user $assigned_to $note $ack
UPDATE alerts
SET acknowledged_by = CASE WHEN $ack THEN $user ELSE acknowledged_by END,
    acknowledged_at = CASE WHEN $ack THEN current_timestamp ELSE acknowledged_at END,
    assigned_to = coalesce($assigned_to, assigned_to),
    note = coalesce($note, note)
WHERE alert_id = $alert_id;
