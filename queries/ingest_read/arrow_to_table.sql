-- purpose: copy the text cells of one Excel sheet (registered Arrow table) into a TEMP table.
-- grain: one row per non-empty data row of the sheet
-- params: none. Identifiers filled in by gema/ingest/read.py (quoted): {table}, {source}.
CREATE TEMP TABLE {table} AS SELECT * FROM {source}
