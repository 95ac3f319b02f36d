-- purpose: staging: a region field: its values resolved once (TEMP table ingest_region_<field>, gema/ingest/regionmap.py) and joined in; `flag` = a value we cannot place
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, regions, col, name, flag
SELECT p.*, g.kode AS {{ident:name}}, coalesce(g.bad, false) AS {{ident:flag}}
FROM {{ident:prev}} p
LEFT JOIN {{ident:regions}} g ON g.raw = p.{{ident:col}};
