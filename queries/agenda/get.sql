-- purpose: one agenda event
-- grain:   at most one row
-- params:  $event_id
SELECT event_id, date, title, kabkota, kind, note, batch_id FROM events WHERE event_id = $event_id;
