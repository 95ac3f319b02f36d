-- purpose: rows above the watermark (not yet in the roll-ups; read from the base tables)
-- grain:   one row per table
-- params:  none
SELECT 'posts' AS tbl, count(*) AS n FROM posts
WHERE post_key > (SELECT watermark FROM rollup_state WHERE tbl = 'posts')
UNION ALL
SELECT 'feedback', count(*) FROM feedback
WHERE feedback_key > (SELECT watermark FROM rollup_state WHERE tbl = 'feedback')
UNION ALL
SELECT 'skm', count(*) FROM skm_responses
WHERE response_key > (SELECT watermark FROM rollup_state WHERE tbl = 'skm');
