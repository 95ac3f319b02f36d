-- purpose: the admin-editable numeric settings of the early warning and the follow-up tracker
-- grain:   one row per setting key
-- params:  none
SELECT key, value, updated_by, updated_at FROM issue13_settings ORDER BY key;
