-- purpose: the whole feedback roll-up from feedback (corrections applied)
-- grain:   one rollup_feedback row per group (migration 220)
-- params:  none
INSERT INTO rollup_feedback
SELECT * FROM rollup_feedback_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
ORDER BY day;
