-- purpose: recompute the skm people roll-up rows of the marked days from the SKM answers
-- grain:   one rollup_skm_people row per group of the marked days (migration 230)
-- params:  $lo $hi (dirty_range: the base scan is bounded to [lo, hi))
INSERT INTO rollup_skm_people
SELECT *
FROM rollup_skm_people_rows($lo, $hi)
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'skm')
ORDER BY day;
