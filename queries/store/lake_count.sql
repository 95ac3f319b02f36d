-- purpose: the affected-row count of a write that ran in its own transaction on the lake
-- grain:   one row
-- params:  $n
SELECT CAST($n AS BIGINT) AS "Count";
