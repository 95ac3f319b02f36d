-- purpose: drop the follow-up roll-up rows of the marked days (recomputed next)
-- grain:   deletes rollup_followup rows of marked days
-- params:  none
DELETE FROM rollup_followup
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'feedback');
