-- purpose: drop the feedback roll-up rows of the marked days (recomputed next)
-- grain:   deletes rollup_feedback rows of marked days
-- params:  none
DELETE FROM rollup_feedback
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'feedback');
