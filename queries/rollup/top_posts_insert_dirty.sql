-- purpose: recompute the content-table candidates (top posts by reach per day) of the marked days
-- grain:   at most 100 rollup_top_posts rows per marked day (migration 220)
-- params:  $lo $hi (dirty_range: the base scan is bounded to [lo, hi))
INSERT INTO rollup_top_posts
SELECT *
FROM rollup_top_posts_rows($lo, $hi)
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'posts')
ORDER BY day;
