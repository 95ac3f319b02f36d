-- purpose: roll-up rows that differ from a recomputation over feedback (corrections applied):
--          empty when the roll-up is exact
-- grain:   one row per differing roll-up row; side 'stored' (only in rollup_followup) or 'base'
-- params:  none
(SELECT 'stored' AS side, * FROM rollup_followup
 EXCEPT ALL
 SELECT 'stored', * FROM rollup_followup_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31'))
UNION ALL
(SELECT 'base', * FROM rollup_followup_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
 EXCEPT ALL
 SELECT 'base', * FROM rollup_followup);
