-- purpose: roll-up rows that differ from a recomputation over the base tables (tests, a check
--          after an upgrade): empty when the roll-up is exact
-- grain:   one row per differing roll-up row; side 'stored' (only in the roll-up) or 'base'
-- params:  none; idents: table (rollup_<name>), rows (its macro rollup_<name>_rows, migrations
--          220 and 230), both from gema.core.rollups.ROLLUPS, never from input
(SELECT 'stored' AS side, * FROM {{ident:table}}
 EXCEPT ALL
 SELECT 'stored', * FROM {{ident:rows}}(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31'))
UNION ALL
(SELECT 'base', * FROM {{ident:rows}}(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
 EXCEPT ALL
 SELECT 'base', * FROM {{ident:table}});
