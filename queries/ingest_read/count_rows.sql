-- purpose: number of data rows in a freshly read TEMP table.
-- grain: one row
-- params: none. Identifier filled in by gema/ingest/read.py: {table}.
SELECT count(*) AS n FROM {table}
