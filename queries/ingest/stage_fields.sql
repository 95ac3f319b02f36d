-- purpose: staging: every field parsed, under its own name (gema:f:<field> → <field>), with extra and the flags; the checks read this row
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev
SELECT _row, COLUMNS('^gema:f:(.*)$') AS '\1', "gema:extra" AS extra, COLUMNS('^gema:flag:')
FROM {{ident:prev}};
