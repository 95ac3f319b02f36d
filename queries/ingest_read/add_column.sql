-- purpose: widen a TEMP table being read in chunks when a later row has more cells (ragged rows)
-- grain: alters one table
-- params: none. Identifiers (quoted by gema.core.sql): table, column.
ALTER TABLE {{ident:table}} ADD COLUMN {{ident:column}} VARCHAR
