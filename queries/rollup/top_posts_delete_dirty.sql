-- purpose: drop the content-table candidates of the marked posts days (recomputed next)
-- grain:   deletes rollup_top_posts rows of marked days
-- params:  none
DELETE FROM rollup_top_posts
WHERE day IN (SELECT day FROM rollup_dirty WHERE tbl = 'posts');
