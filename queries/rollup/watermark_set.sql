-- purpose: after a refresh or rebuild every row is in the roll-ups: the watermark moves to the
--          largest key
-- grain:   updates the rollup_state rows (posts, feedback, skm)
-- params:  none
UPDATE rollup_state
SET watermark = CASE tbl
    WHEN 'posts' THEN (SELECT coalesce(max(post_key), 0) FROM posts)
    WHEN 'feedback' THEN (SELECT coalesce(max(feedback_key), 0) FROM feedback)
    ELSE (SELECT coalesce(max(response_key), 0) FROM skm_responses) END;
