-- purpose: mark the days of the feedback rows the sentiment/topic labeller just wrote
-- grain:   one rollup_dirty row per day of those rows
-- params:  none; reads the relation sentiment_labels(feedback_key, …) that
--          gema.sentimen.label_feedback and gema.fgd registered for sentimen/apply_labels
INSERT INTO rollup_dirty
SELECT DISTINCT 'feedback', CAST(f.received_at AS DATE)
FROM feedback f
WHERE f.feedback_key IN (SELECT feedback_key FROM sentiment_labels);
