-- purpose: recompute the posts roll-up rows of the marked days from posts
-- grain:   one rollup_posts row per group of the marked days (migration 220)
-- params:  $lo $hi (dirty_range: the base scan is bounded to [lo, hi))
INSERT INTO rollup_posts
SELECT *
FROM rollup_posts_rows($lo, $hi)
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'posts')
ORDER BY day;
