-- purpose: content-table candidates that differ from a recomputation over posts: empty when exact
-- grain:   one row per differing candidate; side 'stored' or 'base'
-- params:  none
(SELECT 'stored' AS side, * FROM rollup_top_posts
 EXCEPT ALL
 SELECT 'stored', * FROM rollup_top_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31'))
UNION ALL
(SELECT 'base', * FROM rollup_top_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
 EXCEPT ALL
 SELECT 'base', * FROM rollup_top_posts);
