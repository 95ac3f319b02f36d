-- purpose: add one agenda event typed in the app
-- grain:   inserts one events row, returns its id
-- params:  $date $title $kabkota $kind $note $user
INSERT INTO events (date, title, kabkota, kind, note, created_by)
VALUES ($date, $title, $kabkota, $kind, $note, $user)
RETURNING event_id;
