-- purpose: drop the posts roll-up rows of the marked days (recomputed next)
-- grain:   deletes rollup_posts rows of marked days
-- params:  none
DELETE FROM rollup_posts
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'posts');
