-- purpose: recompute the follow-up roll-up rows of the marked days from feedback (corrections
--          applied)
-- grain:   one rollup_followup row per group of the marked days (migration 220)
-- params:  $lo $hi (dirty_range: the base scan is bounded to [lo, hi))
INSERT INTO rollup_followup
SELECT *
FROM rollup_followup_rows($lo, $hi)
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'feedback')
ORDER BY day;
