-- purpose: the value of one constant (--set FIELD=VALUE) as a one-row table the staging view of the constant reads (a view cannot hold parameters)
-- grain: one row; creates a TEMP table named by the caller
-- params: $value; identifier: args
CREATE OR REPLACE TEMP TABLE {{ident:args}} AS
SELECT CAST($value AS VARCHAR) AS value;
