-- purpose: stand-in for UPDATE/DELETE … RETURNING on the lake: one row per changed row (the
--          returned column is NULL; callers count the rows)
-- grain:   one row per changed row
-- params:  $n (identifier: col)
SELECT NULL AS {{ident:col}} FROM range($n);
