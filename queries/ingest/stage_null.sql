-- purpose: staging: a field neither mapped nor set, as a typed NULL (its type's macro over NULL)
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, parse, name
SELECT p.*, {{ident:parse}}(CAST(NULL AS VARCHAR)) AS {{ident:name}}
FROM {{ident:prev}} p;
