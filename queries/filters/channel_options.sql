-- purpose: feedback channels offered in the shared channel filter
-- grain:   one row per channel
-- params:  none
SELECT DISTINCT channel FROM feedback WHERE channel IS NOT NULL ORDER BY 1;
