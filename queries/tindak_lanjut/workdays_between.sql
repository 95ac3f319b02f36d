-- purpose: working days strictly after $a and up to $b (Mon–Fri, not a holiday), the same
--          arithmetic the overdue flags use
-- grain:   one value
-- params:  $a $b
SELECT max(wd) FILTER (WHERE d = $b::DATE) - max(wd) FILTER (WHERE d = $a::DATE) AS n
FROM workday_index($a::DATE, $b::DATE);
