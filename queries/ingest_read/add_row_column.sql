-- purpose: add the spreadsheet row number column to a freshly read TEMP table.
-- grain: schema change, no rows
-- params: none. Identifiers (quoted by gema.core.sql): table.
ALTER TABLE {{ident:table}} ADD COLUMN _row BIGINT
