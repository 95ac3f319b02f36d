-- purpose: staging: an unmapped date field as a typed NULL (its macro takes the date order too)
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, parse, name
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, {{ident:parse}}(CAST(NULL AS VARCHAR), CAST(NULL AS BOOLEAN)) AS {{ident:name}}
FROM {{ident:prev}} p;
