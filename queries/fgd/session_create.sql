-- purpose: open a new FGD session
-- grain:   inserts one fgd_sessions row and returns its session_id
-- params:  $name $held_on $place $kabkota $created_by
INSERT INTO fgd_sessions (name, held_on, place, kabkota, created_by)
VALUES ($name, $held_on, $place, $kabkota, $created_by)
RETURNING session_id;
