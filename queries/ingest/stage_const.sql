-- purpose: staging: a constant (--set FIELD=VALUE) as a column of its own (`col`, gema:c:<field>), read as a source column
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, args, col
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, a.value AS {{ident:col}}
FROM {{ident:prev}} p, {{ident:args}} a;
