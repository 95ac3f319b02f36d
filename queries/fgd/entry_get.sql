-- purpose: one saved FGD entry with its effective labels (the confirmation shown after a save)
-- grain:   zero or one row
-- params:  $feedback_key
SELECT feedback_key, received_at, kabkota, topic, sentiment, text, author_type
FROM feedback_effective WHERE feedback_key = $feedback_key;
