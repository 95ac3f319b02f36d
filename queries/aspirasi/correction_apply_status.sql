-- purpose: write a new follow-up status onto the feedback row, with the time of the change
-- grain:   updates one feedback row
-- params:  $feedback_key $value
UPDATE feedback SET status = $value, status_updated_at = current_timestamp
WHERE feedback_key = $feedback_key;
