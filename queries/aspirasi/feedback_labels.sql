-- purpose: the stored and the effective labels of one feedback row (before a correction)
-- grain:   one row (or none) for $feedback_key
-- params:  $feedback_key
SELECT e.feedback_key, e.sentiment, e.topic, e.status,
       f.sentiment AS stored_sentiment, f.topic AS stored_topic, f.status AS stored_status
FROM feedback_effective e JOIN feedback f ON f.feedback_key = e.feedback_key
WHERE e.feedback_key = $feedback_key;
