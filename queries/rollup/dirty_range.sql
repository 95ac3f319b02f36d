-- purpose: the first and the day after the last marked day of one table (bounds the base scan)
-- grain:   one row (NULLs when nothing is marked)
-- params:  $tbl ('posts' | 'feedback' | 'skm')
SELECT min(day) AS lo, max(day) + 1 AS hi FROM rollup_dirty WHERE tbl = $tbl;
