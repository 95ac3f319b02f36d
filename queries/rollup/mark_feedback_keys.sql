-- purpose: mark the days of some feedback rows whose labels changed (a staff correction)
-- grain:   one rollup_dirty row per day of those rows
-- params:  $keys (list of feedback_key)
INSERT INTO rollup_dirty
SELECT DISTINCT 'feedback', CAST(received_at AS DATE)
FROM feedback
WHERE list_contains($keys, feedback_key);
