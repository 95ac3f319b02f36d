-- purpose: record one staff label correction (history; the latest per field wins)
-- grain:   inserts one label_corrections row
-- params:  $feedback_key $field $old_value $new_value $corrected_by
INSERT INTO label_corrections (feedback_key, field, old_value, new_value, corrected_by)
VALUES ($feedback_key, $field, $old_value, $new_value, $corrected_by);
