-- purpose: the national holidays and cuti bersama that are not working days
-- grain:   one row per date
-- params:  none
SELECT date, name, kind, source, updated_by, updated_at FROM holidays ORDER BY date;
