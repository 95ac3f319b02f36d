-- purpose: does one strptime format read one value (candidate test for the date fast path)
-- grain: one row
-- params: $value, $fmt
SELECT try_strptime($value, $fmt) AS ts;
