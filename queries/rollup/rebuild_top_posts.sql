-- purpose: the content-table candidates (top posts by reach per day) from posts
-- grain:   at most 100 rollup_top_posts rows per day (migration 220)
-- params:  none
INSERT INTO rollup_top_posts
SELECT * FROM rollup_top_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
ORDER BY day;
