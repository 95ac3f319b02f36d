-- purpose: roll-up rows that differ from a recomputation over the SKM answers (tests, checks):
--          empty when the roll-up is exact
-- grain:   one row per differing roll-up row; side 'stored' (only in rollup_skm_people) or 'base'
-- params:  none
(SELECT 'stored' AS side, * FROM rollup_skm_people
 EXCEPT ALL
 SELECT 'stored', * FROM rollup_skm_people_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31'))
UNION ALL
(SELECT 'base', * FROM rollup_skm_people_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
 EXCEPT ALL
 SELECT 'base', * FROM rollup_skm_people);
