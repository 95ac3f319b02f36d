-- purpose: staging: every field parsed, under its own name (gema:f:<field> → <field>), with extra and the flags; the checks read this row
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT _row, COLUMNS('^gema:f:(.*)$') AS '\1', "gema:extra" AS extra, COLUMNS('^gema:flag:')
FROM {{ident:prev}};
