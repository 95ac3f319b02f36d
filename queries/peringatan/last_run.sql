-- purpose: the last computation run of the alerts (none = never computed on this store)
-- grain:   at most one row
-- params:  none
SELECT computed_at, day_from, day_to, alerts, computed_by
FROM alert_runs ORDER BY computed_at DESC LIMIT 1;
