-- purpose: correction history of one feedback row (who changed which label, when)
-- grain:   one row per correction, newest first
-- params:  $feedback_key
SELECT corrected_at, corrected_by, field, old_value, new_value
FROM label_corrections WHERE feedback_key = $feedback_key
ORDER BY correction_id DESC;
