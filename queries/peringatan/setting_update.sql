-- purpose: change one numeric setting (admin)
-- grain:   updates one issue13_settings row
-- params:  $key $value $user
UPDATE issue13_settings SET value = $value, updated_by = $user, updated_at = current_timestamp
WHERE key = $key;
