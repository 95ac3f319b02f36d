-- purpose: staging: a constant (--set FIELD=VALUE) as a column of its own (`col`, gema:c:<field>), read as a source column
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, args, col
SELECT p.*, a.value AS {{ident:col}}
FROM {{ident:prev}} p, {{ident:args}} a;
