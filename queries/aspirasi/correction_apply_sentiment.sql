-- purpose: write a corrected sentiment onto the feedback row, marked 'corrected'
-- grain:   updates one feedback row
-- params:  $feedback_key $value
UPDATE feedback SET sentiment = $value, sentiment_source = 'corrected', sentiment_score = NULL
WHERE feedback_key = $feedback_key;
