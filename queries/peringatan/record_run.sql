-- purpose: remember one computation run of the alerts
-- grain:   inserts one alert_runs row
-- params:  $day_from $day_to $alerts $user
INSERT INTO alert_runs (day_from, day_to, alerts, computed_by) VALUES ($day_from, $day_to, $alerts, $user);
