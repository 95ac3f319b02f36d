-- purpose: leave summary rows (Total, Jumlah, Rata-rata…) out of a freshly read TEMP table.
-- grain: deletes the listed spreadsheet rows
-- params: $rows (list of _row numbers). Identifier filled in by gema/ingest/read.py: {table}.
DELETE FROM {table} WHERE list_contains($rows, _row)
