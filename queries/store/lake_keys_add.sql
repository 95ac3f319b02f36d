-- purpose: register the key sequences the migrations declare (those not registered yet)
-- grain:   inserts one gema_lake_keys row per new sequence name
-- params:  $names (list of sequence names)
INSERT INTO gema_lake_keys (name, last)
SELECT n, 0
FROM (SELECT DISTINCT unnest(CAST($names AS VARCHAR[])) AS n)
WHERE n NOT IN (SELECT name FROM gema_lake_keys);
