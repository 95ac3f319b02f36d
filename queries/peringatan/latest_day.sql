-- purpose: the latest day with feedback on or before $today (the default day to check)
-- grain:   one value
-- params:  $today
SELECT max(received_at)::DATE AS day FROM feedback WHERE received_at < ($today::DATE + 1)::TIMESTAMP;
