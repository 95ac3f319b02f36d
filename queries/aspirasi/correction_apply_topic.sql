-- purpose: write a corrected topic onto the feedback row, marked 'corrected'
-- grain:   updates one feedback row
-- params:  $feedback_key $value
UPDATE feedback SET topic = $value, topic_source = 'corrected'
WHERE feedback_key = $feedback_key;
