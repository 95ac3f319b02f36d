-- purpose: drop the skm roll-up rows of the marked days (recomputed next)
-- grain:   deletes rollup_skm rows of marked days
-- params:  none
DELETE FROM rollup_skm
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'skm');
