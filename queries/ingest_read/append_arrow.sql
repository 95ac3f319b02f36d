-- purpose: append one chunk of rows (registered Arrow table) to a TEMP table being read in chunks
-- grain: one row per data row of the chunk
-- params: none. Identifiers filled in by gema/ingest/read.py (quoted): {table}, {source}.
INSERT INTO {table} BY NAME SELECT * FROM {source}
