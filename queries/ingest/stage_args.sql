-- purpose: the arguments of one staged field: its constant (--set), the date order of its column, its strptime format; a one-row table the field's view reads (a view cannot hold parameters)
-- grain: one row; creates a TEMP table named by the caller
-- params: $value, $dayfirst (BOOLEAN, NULL = unknown), $fmt; identifier: args
CREATE OR REPLACE TEMP TABLE {{ident:args}} AS
SELECT CAST($value AS VARCHAR) AS value, CAST($dayfirst AS BOOLEAN) AS dayfirst,
       CAST($fmt AS VARCHAR) AS fmt;
