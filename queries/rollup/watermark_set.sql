-- purpose: after a refresh or rebuild every row is in the roll-ups: the watermark moves to the
--          largest key
-- grain:   updates the two rollup_state rows
-- params:  none
UPDATE rollup_state
SET watermark = CASE tbl
    WHEN 'posts' THEN (SELECT coalesce(max(post_key), 0) FROM posts)
    ELSE (SELECT coalesce(max(feedback_key), 0) FROM feedback) END;
