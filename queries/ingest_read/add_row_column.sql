-- purpose: add the spreadsheet row number column to a freshly read TEMP table.
-- grain: schema change, no rows
-- params: none. Identifier filled in by gema/ingest/read.py (quoted): {table}.
ALTER TABLE {table} ADD COLUMN _row BIGINT
