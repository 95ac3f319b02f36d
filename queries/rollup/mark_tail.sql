-- purpose: mark the days of the rows above the watermark (written without roll-up upkeep, e.g.
--          a bulk INSERT), so the next refresh absorbs them and can move the watermark up
-- grain:   one rollup_dirty row per (table, day) with such rows
-- params:  none
INSERT INTO rollup_dirty
SELECT DISTINCT 'posts', CAST(published_at AS DATE) FROM posts
WHERE post_key > (SELECT watermark FROM rollup_state WHERE tbl = 'posts')
UNION
SELECT DISTINCT 'feedback', CAST(received_at AS DATE) FROM feedback
WHERE feedback_key > (SELECT watermark FROM rollup_state WHERE tbl = 'feedback')
UNION
SELECT DISTINCT 'skm', CAST(submitted_at AS DATE) FROM skm_responses
WHERE response_key > (SELECT watermark FROM rollup_state WHERE tbl = 'skm');
