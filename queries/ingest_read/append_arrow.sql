-- purpose: append one chunk of rows (registered Arrow table) to a TEMP table being read in chunks
-- grain: one row per data row of the chunk
-- params: none. Identifiers (quoted by gema.core.sql): table, source.
INSERT INTO {{ident:table}} BY NAME SELECT * FROM {{ident:source}}
