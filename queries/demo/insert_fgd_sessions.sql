-- purpose: load the demo FGD sessions (marked created_by = 'demo'; the table has no batch id)
-- grain:   one row per FGD session
-- params:  none
INSERT INTO fgd_sessions (name, held_on, place, kabkota, created_by, created_at, closed_at)
SELECT name, CAST(held_on AS DATE), place, kabkota, 'demo',
       CAST(held_on AS DATE) + INTERVAL 8 HOUR, CAST(held_on AS DATE) + INTERVAL 16 HOUR
FROM demo_fgd_sessions;
