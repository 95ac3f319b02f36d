-- purpose: widen a TEMP table being read in chunks when a later row has more cells (ragged rows)
-- grain: alters one table
-- params: none. Identifiers filled in by gema/ingest/read.py (quoted): {table}, {column}.
ALTER TABLE {table} ADD COLUMN {column} VARCHAR
