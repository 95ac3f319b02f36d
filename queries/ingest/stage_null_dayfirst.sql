-- purpose: staging: an unmapped date field as a typed NULL (its macro takes the date order too)
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, parse, name
SELECT p.*, {{ident:parse}}(CAST(NULL AS VARCHAR), CAST(NULL AS BOOLEAN)) AS {{ident:name}}
FROM {{ident:prev}} p;
