-- purpose: copy the text cells of one Excel sheet (registered Arrow table) into a TEMP table.
-- grain: one row per non-empty data row of the sheet
-- params: none. Identifiers (quoted by gema.core.sql): table, source.
CREATE TEMP TABLE {{ident:table}} AS SELECT * FROM {{ident:source}}
