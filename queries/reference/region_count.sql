-- purpose: whether the regions reference table has been seeded
-- grain:   one row
-- params:  none
SELECT count(*) AS n FROM regions;
