-- purpose: staging: a field neither mapped nor set, as a typed NULL (its type's macro over NULL)
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, parse, name
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, {{ident:parse}}(CAST(NULL AS VARCHAR)) AS {{ident:name}}
FROM {{ident:prev}} p;
