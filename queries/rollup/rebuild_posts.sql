-- purpose: the whole posts roll-up from posts (after bulk writes that bypass the loads, e.g.
--          the benchmark's generator)
-- grain:   one rollup_posts row per group (migration 220)
-- params:  none
INSERT INTO rollup_posts
SELECT * FROM rollup_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
ORDER BY day;
