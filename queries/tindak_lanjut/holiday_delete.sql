-- purpose: remove one holiday (admin)
-- grain:   deletes at most one holidays row
-- params:  $date
DELETE FROM holidays WHERE date = $date;
