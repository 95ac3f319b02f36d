-- purpose: before recomputing [$day_from, $day_to], drop its alerts nobody has acknowledged or
--          assigned yet (those that were handled are kept, and not inserted twice)
-- grain:   deletes alerts rows of the days
-- params:  $day_from $day_to
DELETE FROM alerts
WHERE date BETWEEN $day_from AND $day_to AND acknowledged_at IS NULL AND assigned_to IS NULL;
