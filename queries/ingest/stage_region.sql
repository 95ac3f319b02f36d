-- purpose: staging: a region field: its values resolved once (TEMP table ingest_region_<field>, gema/ingest/regionmap.py) and joined in; `flag` = a value we cannot place
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, regions, col, name, flag
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, g.kode AS {{ident:name}}, coalesce(g.bad, false) AS {{ident:flag}}
FROM {{ident:prev}} p
LEFT JOIN {{ident:regions}} g ON g.raw = p.{{ident:col}};
