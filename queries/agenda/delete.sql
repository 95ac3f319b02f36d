-- purpose: remove one agenda event typed in the app (uploaded ones are undone with their batch)
-- grain:   deletes at most one events row
-- params:  $event_id
DELETE FROM events WHERE event_id = $event_id AND batch_id IS NULL;
