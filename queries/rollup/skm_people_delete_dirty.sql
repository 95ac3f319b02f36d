-- purpose: drop the skm people roll-up rows of the marked days (recomputed next)
-- grain:   deletes rollup_skm_people rows of marked days
-- params:  none
DELETE FROM rollup_skm_people
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'skm');
